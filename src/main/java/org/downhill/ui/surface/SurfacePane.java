package org.downhill.ui.surface;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.downhill.landscape.ColorScaling;
import org.downhill.render.surface.BoxAxes;
import org.downhill.render.surface.CameraFrame;
import org.downhill.render.surface.RunPath;
import org.downhill.render.surface.Surface;
import org.downhill.render.surface.SurfaceSpec;
import org.downhill.ui.Theme;
import org.downhill.ui.plane.LabScene;
import org.downhill.ui.LatestOnly;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.model.RunsWatcher;
import org.downhill.ui.model.ViewOptions;

/**
 * The working 3D view, where the graphics system supports 3D: the control strip above a
 * sub-scene with the landscape, the runs, the lights and an orbiting camera, and the labels over
 * it. The key light rides with the camera, above and to the left of it, so that whatever the
 * camera sees is lit from a little aside, which shows the shape. Work is driven by {@link #pulse}: a change of the landscape, the window, the scaling, the
 * mesh quality, the exaggeration or a run asks the worker for a new surface and tubes (the worker
 * resamples only when it must); a new playhead moves balls and tube ends; a new colour map
 * repaints the palette; a moved camera moves the labels. Nothing is redrawn when nothing changed.
 */
final class SurfacePane extends BorderPane {
    /** The share of the light that is ambient: no face is darker than this times its colour. */
    private static final double AMBIENT = 0.4;
    private final LabViewModel lab;
    private final ViewOptions view;
    private final SurfaceOptions options;
    private final OrbitCamera camera = new OrbitCamera();
    private final LandscapeNodes landscape = new LandscapeNodes();
    private final RunTubes tubes = new RunTubes();
    private final AnatomyArrows anatomy = new AnatomyArrows();
    private final LabelOverlay overlay = new LabelOverlay();
    private final Group world;
    private final SubScene subScene;
    private final Pane picture;
    private final LatestOnly<SceneWork.Request, SceneWork.Result> work;
    private final InvalidationListener runChanged = o -> sceneStale = true;
    private final ReadOnlyBooleanWrapper built = new ReadOnlyBooleanWrapper();
    private boolean sceneStale = true;
    private boolean paletteStale = true;
    private boolean playheadMoved = true;
    private boolean labelsMoved = true;
    private List<RunTubes.Note> notes = List.of();
    private int sideX;
    private int sideZ;
    private long lastPulse = -1;

    SurfacePane(LabViewModel lab, SurfaceOptions options, Executor worker) {
        this.lab = lab;
        this.view = lab.view();
        this.options = options;
        this.work = new LatestOnly<>(worker, Platform::runLater, new SceneWork());
        getStyleClass().add("surface-pane");

        AmbientLight ambient = new AmbientLight(Color.gray(AMBIENT));
        PointLight key = new PointLight(Color.gray(1 - AMBIENT));
        key.setTranslateX(-0.4 * OrbitCamera.DEFAULT_DISTANCE);
        key.setTranslateY(-0.6 * OrbitCamera.DEFAULT_DISTANCE);
        key.setTranslateZ(-OrbitCamera.DEFAULT_DISTANCE);
        camera.rig().getChildren().add(key);
        world = new Group(landscape.root(), tubes.root(), anatomy.root(), ambient, camera.rig());
        subScene = new SubScene(world, 10, 10, true, SceneAntialiasing.BALANCED);
        subScene.setCamera(camera.camera());
        subScene.setFill(Theme.BACKGROUND);
        picture = new Pane(subScene, overlay) {
            @Override
            protected void layoutChildren() {
                subScene.setWidth(getWidth());
                subScene.setHeight(getHeight());
                overlay.resize(getWidth(), getHeight());
                if (getHeight() > 0) {
                    camera.setAspect(getWidth() / getHeight());
                }
                labelsMoved = true;
            }
        };
        picture.setMinSize(0, 0);
        picture.setPrefSize(640, 480);
        picture.getStyleClass().add("surface-picture");
        camera.install(subScene);
        setTop(new SurfaceControls(options, view, camera));
        setCenter(picture);
        watch();
    }

    /**
     * Whether the scene shows the surface and tubes of the current landscape, window and runs:
     * false from a change until the worker's result for it is in the scene graph.
     */
    ReadOnlyBooleanProperty builtProperty() {
        return built.getReadOnlyProperty();
    }

    /** The change marks shown (see {@link RunTubes#changes}). */
    java.util.Map<javafx.geometry.Point3D, Boolean> changeMarks() {
        return tubes.changes();
    }

    /** The 3D picture with its labels, without the controls: what a snapshot shows. */
    Pane picture() {
        return picture;
    }

    private void watch() {
        InvalidationListener surfaceChanged = o -> sceneStale = true;
        for (Observable o : new Observable[] {lab.landscapeProperty(), view.windowProperty(), view.logScaleProperty(),
                options.samplesProperty(), options.exaggerationProperty()}) {
            o.addListener(surfaceChanged);
        }
        view.colorMapProperty().addListener(o -> paletteStale = true);
        view.textScaleProperty().addListener(o -> paletteStale = true);
        lab.playheadProperty().addListener(o -> playheadMoved = true);
        lab.playingProperty().addListener(o -> playheadMoved = true);
        lab.selectedProperty().addListener(o -> playheadMoved = true);
        view.anatomyProperty().addListener(o -> playheadMoved = true);
        options.wireframeProperty().addListener(o -> landscape.setWireframe(options.wireframeProperty().get()));
        options.floorContoursProperty().addListener(
                o -> landscape.setContoursVisible(options.floorContoursProperty().get()));
        view.minimaProperty().addListener(o -> landscape.setMinimaVisible(view.minimaProperty().get()));
        landscape.setMinimaVisible(view.minimaProperty().get());
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.trajectoryProperty(), run.visibleProperty(),
            run.colorProperty()}, runChanged);
    }

    /** Does what changed since the last frame; called once per frame. */
    void pulse(long now) {
        double seconds = lastPulse < 0 ? 0 : (now - lastPulse) / 1e9;
        lastPulse = now;
        if (options.autoRotateProperty().get()) {
            camera.autoRotate(seconds);
        }
        if (paletteStale) {
            landscape.setColorMap(view.colorMapProperty().get());
            showKeys();
            paletteStale = false;
        }
        if (sceneStale) {
            built.set(false);
            requestScene();
            sceneStale = false;
        }
        if (playheadMoved) {
            tubes.setPlayhead(lab.playhead(), !lab.playingProperty().get());
            showAnatomy();
            showLabels(false);
            playheadMoved = false;
        }
        if (camera.changed() || labelsMoved) {
            if (camera.sideX() != sideX || camera.sideZ() != sideZ) {
                showLabels(true);
            }
            overlay.place(world);
            labelsMoved = false;
        }
    }

    private void requestScene() {
        List<RunViewModel> runs = lab.runs().stream().filter(RunViewModel::isVisible).toList();
        List<RunPath> paths = runs.stream().map(r -> RunPath.of(r.trajectory())).toList();
        ColorScaling scaling = view.logScaleProperty().get() ? ColorScaling.LOG : ColorScaling.LINEAR;
        SurfaceSpec spec = new SurfaceSpec(lab.landscape(), view.window(), options.samplesProperty().get(), scaling,
                options.exaggerationProperty().get());
        work.request(new SceneWork.Request(spec, runs, paths), this::show);
    }

    private void show(SceneWork.Request request, SceneWork.Result result) {
        boolean newSurface = landscape.shown() != result.surface();
        if (newSurface) {
            landscape.show(result.surface());
        }
        tubes.show(request.runs(), result.tubes());
        if (newSurface) {
            camera.frame(CameraFrame.points(result.surface().box()));
        }
        camera.fit(result.view(), newSurface);
        tubes.setPlayhead(lab.playhead(), !lab.playingProperty().get());
        showAnatomy();
        showLabels(newSurface);
        showKeys();
        built.set(!sceneStale);
    }

    /** The step anatomy of the selected run at the playhead, when it is on (as in 2D). */
    private void showAnatomy() {
        RunViewModel selected = lab.selected();
        boolean on = view.anatomyProperty().get() && selected != null && selected.isVisible();
        anatomy.show(on ? landscape.shown() : null, on ? selected.trajectory() : null, lab.playhead());
    }

    /** Gives the overlay what the legend and colour bar show now: the visible runs, the surface's colours, the text size. */
    private void showKeys() {
        Surface surface = landscape.shown();
        overlay.setKeys(LabScene.of(lab).visibleRuns(), surface == null ? null : surface.box().scale(),
                view.colorMapProperty().get(), view.textScaleProperty().get());
        labelsMoved = true;
    }

    /** Rebuilds the labels if the axes (a new surface, the camera on another side) or the exit notes changed. */
    private void showLabels(boolean newAxes) {
        Surface surface = landscape.shown();
        List<RunTubes.Note> next = tubes.notes(lab.playhead());
        if (surface != null && (newAxes || !next.equals(notes))) {
            notes = next;
            sideX = camera.sideX();
            sideZ = camera.sideZ();
            landscape.placeAxis(sideX, sideZ);
            overlay.show(BoxAxes.labels(surface.box(), sideX, sideZ), notes,
                    new Point3D(0, surface.box().floor(), 0));
            labelsMoved = true;
        }
        if (surface != null) {
            overlay.setBalls(tubes.balls());
            overlay.setPaths(tubes.paths(lab.playhead()));
            labelsMoved = true;
        }
    }
}
