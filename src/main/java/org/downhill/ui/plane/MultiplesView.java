package org.downhill.ui.plane;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.downhill.figure.FigureOptions;
import org.downhill.figure.FigureStyle;
import org.downhill.figure.LandscapeLayer;
import org.downhill.figure.Panels;
import org.downhill.figure.PlanePainter;
import org.downhill.figure.PlaneScene;
import org.downhill.figure.PlotArea;
import org.downhill.figure.sketch.Sketch;
import org.downhill.render.Viewport;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunsWatcher;
import org.downhill.ui.model.ViewOptions;
import org.downhill.ui.sketch.CanvasSketch;

/**
 * The 2D view as small multiples: a panel per visible run ({@link Panels}, as the exported
 * figure lays them out), each titled by its run, all with the same window, axes and colours (one
 * landscape layer, computed off the FX thread by a {@link RasterService}) and the lab's one
 * playhead, so that the panels play together. Drawn by the figure painters from a snapshot of
 * the lab ({@link LabScene}) on two canvases: the landscapes when the view, the panels' size or
 * the set of visible runs changes, the runs and titles when a run or the playhead changes, only
 * in {@link #pulse}.
 *
 * <p>Mouse: the wheel zooms every panel about the point under the cursor, dragging pans them,
 * a click on a panel selects its run; the point under the cursor, in the panel it is over, is the
 * {@link #pointerProperty pointer} (for the status bar, as the single plot's).
 */
public final class MultiplesView extends Region {
    private static final int SCREEN_RASTER_LIMIT = 1600;
    /** What each panel's plot shows: as the exported panels, the colour bar once beside them. */
    private static final FigureOptions PLOT = Panels.plotOptions(FigureOptions.SCREEN);

    private final LabViewModel lab;
    private final ViewOptions view;
    private final RasterService rasters;
    private final Canvas background = new Canvas();
    private final Canvas foreground = new Canvas();
    private final Sketch backgroundSketch = new CanvasSketch(background);
    private final Sketch foregroundSketch = new CanvasSketch(foreground);
    private final PlanePainter painter = new PlanePainter();
    private LandscapeLayer layer;
    private boolean backgroundDirty = true;
    private boolean foregroundDirty = true;
    private boolean rasterStale = true;
    private boolean landscapeDrawn;
    private final DragTracker pointerDrag = new DragTracker();
    private final ReadOnlyObjectWrapper<Point2D> pointer = new ReadOnlyObjectWrapper<>();

    /** Small multiples of the lab's visible runs. */
    public MultiplesView(LabViewModel lab, RasterService rasters) {
        this.lab = lab;
        this.view = lab.view();
        this.rasters = rasters;
        setId("multiples");
        getStyleClass().add("plane-view");
        setFocusTraversable(true);
        setMinSize(200, 150);
        getChildren().addAll(background, foreground);
        InvalidationListener landscapeChanged = o -> {
            rasterStale = true;
            backgroundDirty = true;
            foregroundDirty = true;
        };
        LayerInvalidation.watch(lab, landscapeChanged, o -> backgroundDirty = true, o -> foregroundDirty = true);
        // a run shown or hidden changes the grid: every panel's size, so the layer too
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.visibleProperty()}, landscapeChanged);
        setOnScroll(this::zoom);
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(this::release);
        setOnMouseMoved(e -> pointer.set(toWorld(panels(), e.getX(), e.getY())));
        setOnMouseExited(e -> pointer.set(null));
    }

    /** The point of the plane under the mouse in the panel it is over, or null when it is over no plot. */
    public ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** The panels of the lab's visible runs in this view's size. */
    public Panels panels() {
        return Panels.of(LabScene.of(lab), background.getWidth(), background.getHeight(), true,
                foregroundSketch.measure());
    }

    /** Where each panel's plane is drawn, relative to the panel's plot (the same for every panel). */
    public PlotArea plotArea(Panels panels) {
        return panels.plotArea(view.textScaleProperty().get());
    }

    /** The transform between the plane and a panel's plot area (the same for every panel). */
    public Viewport viewport(Panels panels) {
        PlotArea area = plotArea(panels);
        return Viewport.fit(view.window(), area.width(), area.height(), true);
    }

    /** Whether the landscape's image has been drawn in the panels (it stays drawn from then on). */
    public boolean landscapeDrawn() {
        return landscapeDrawn;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (background.getWidth() != w || background.getHeight() != h) {
            background.setWidth(w);
            background.setHeight(h);
            foreground.setWidth(w);
            foreground.setHeight(h);
            rasterStale = true;
            backgroundDirty = true;
            foregroundDirty = true;
        }
    }

    /** Redraws what changed; called once per frame by the window while this view is shown. */
    public void pulse() {
        if (getWidth() < 4 || getHeight() < 4 || !backgroundDirty && !foregroundDirty && !rasterStale) {
            return;
        }
        PlaneScene scene = LabScene.of(lab);
        Panels panels = Panels.of(scene, background.getWidth(), background.getHeight(), true,
                foregroundSketch.measure());
        PlotArea area = plotArea(panels);
        Viewport viewport = viewport(panels);
        if (rasterStale) {
            rasterStale = false;
            rasters.request(LandscapeLayer.Request.of(lab.landscape(), view.toDisplay(), viewport, 1,
                    SCREEN_RASTER_LIMIT), this::show);
        }
        if (backgroundDirty) {
            backgroundSketch.setFill(FigureStyle.BACKGROUND);
            backgroundSketch.fillRect(0, 0, background.getWidth(), background.getHeight());
            for (int p = 0; p < Math.max(1, panels.runs().size()); p++) {
                backgroundSketch.save();
                backgroundSketch.translate(panels.x(p), panels.y(p) + panels.titleHeight());
                painter.paintLandscape(backgroundSketch, area, viewport,
                        panels.runs().isEmpty() ? scene : panels.scene(scene, p), layer, PLOT);
                backgroundSketch.restore();
            }
            panels.paintColorBar(backgroundSketch, scene, layer);
            backgroundDirty = false;
            landscapeDrawn |= layer != null;
        }
        if (foregroundDirty) {
            foreground.getGraphicsContext2D().clearRect(0, 0, foreground.getWidth(), foreground.getHeight());
            for (int p = 0; p < panels.runs().size(); p++) {
                foregroundSketch.save();
                foregroundSketch.translate(panels.x(p), panels.y(p) + panels.titleHeight());
                painter.paintRuns(foregroundSketch, area, viewport, panels.scene(scene, p), false);
                foregroundSketch.restore();
            }
            panels.paintTitles(foregroundSketch, scene, true);
            foregroundDirty = false;
        }
    }

    private void show(LandscapeLayer next) {
        layer = next;
        backgroundDirty = true;
    }

    /** The panel under a point of the view, or -1. */
    private int panelAt(Panels panels, double x, double y) {
        for (int p = 0; p < panels.runs().size(); p++) {
            if (x >= panels.x(p) && x < panels.x(p) + panels.cellWidth() && y >= panels.y(p)
                    && y < panels.y(p) + panels.cellHeight()) {
                return p;
            }
        }
        return -1;
    }

    /** A point of the view in its panel's plot area (x, y), or null when it is over no panel's plot. */
    private Point2D inPlot(Panels panels, double x, double y) {
        int p = panelAt(panels, x, y);
        if (p < 0) {
            return null;
        }
        PlotArea area = plotArea(panels);
        double px = x - panels.x(p) - area.x();
        double py = y - panels.y(p) - panels.titleHeight() - area.y();
        return px < 0 || py < 0 || px > area.width() || py > area.height() ? null : new Point2D(px, py);
    }

    /** The point of the plane at a point of the view, or null when it is over no panel's plot. */
    private Point2D toWorld(Panels panels, double x, double y) {
        Point2D p = inPlot(panels, x, y);
        if (p == null) {
            return null;
        }
        Viewport v = viewport(panels);
        return new Point2D(v.toWorldX(p.getX()), v.toWorldY(p.getY()));
    }

    private void zoom(ScrollEvent e) {
        Panels panels = panels();
        Point2D p = inPlot(panels, e.getX(), e.getY());
        if (p == null || e.getDeltaY() == 0) {
            return;
        }
        view.show(viewport(panels).zoom(p.getX(), p.getY(), Math.pow(1.0025, e.getDeltaY())).window());
        e.consume();
    }

    private void press(MouseEvent e) {
        requestFocus();
        pointerDrag.press(e.getX(), e.getY());
    }

    private void drag(MouseEvent e) {
        if (pointerDrag.drag(e.getX(), e.getY())) {
            view.show(viewport(panels()).pan(pointerDrag.dx(e.getX()), pointerDrag.dy(e.getY())).window());
            pointerDrag.moved(e.getX(), e.getY());
        }
    }

    private void release(MouseEvent e) {
        if (pointerDrag.dragged() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Panels panels = panels();
        int p = panelAt(panels, e.getX(), e.getY());
        if (p >= 0) {
            lab.selectedProperty().set(lab.runs().get(panels.runs().get(p)));
        }
    }
}
