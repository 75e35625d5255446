package org.downhill.ui.plane;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.downhill.figure.FigureOptions;
import org.downhill.figure.FigureStyle;
import org.downhill.figure.LandscapeLayer;
import org.downhill.figure.PlaneLayout;
import org.downhill.figure.PlanePainter;
import org.downhill.figure.PlaneScene;
import org.downhill.figure.PlotArea;
import org.downhill.figure.TrailLayers;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.render.Viewport;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.model.RunsWatcher;
import org.downhill.ui.model.ViewOptions;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.FxText;

/**
 * The 2D view: the landscape as a heatmap with contours, axes and a colour bar, and the runs on
 * it, drawn by the figure painters ({@link PlanePainter}) from a snapshot of the lab
 * ({@link LabScene}), as every figure of it is. Layers, so that a frame redraws only what changed:
 * the background canvas (landscape, axes, colour bar; redrawn when the view changes), and over the
 * plot area, clipped to it, the trails' halos and lines ({@link TrailLayers} on {@link TiledCanvas}
 * layers: while the runs play only the steps played since the last frame are added, on the tiles
 * where they lie) and the marks ({@link MarkLayers}: the balls move as small nodes; start points,
 * labels, legend redrawn only when they change). Nothing is drawn until
 * {@link #pulse} is called, once per frame, and only what is marked dirty is redrawn; the
 * landscape's layer is computed off the FX thread by a {@link RasterService}.
 *
 * <p>Mouse: the wheel zooms about the cursor; dragging empty space pans; dragging a start marker
 * moves it; a click puts the start of every run there (with Shift or the shortcut key, only the
 * selected run's).
 */
public final class PlaneView extends Region {
    private static final double MARKER_HIT = 14;
    private static final int SCREEN_RASTER_LIMIT = 1600;

    private final LabViewModel lab;
    private final ViewOptions view;
    private final RasterService rasters;
    private final Canvas background = new Canvas();
    private final TiledCanvas halos = new TiledCanvas(TrailLayers.HALO_OPACITY);
    private final TiledCanvas lines = new TiledCanvas(1);
    private final MarkLayers marks = new MarkLayers();
    private final Rectangle plotClip = new Rectangle();
    private final Group runLayers = new Group(halos.node(), lines.node());
    private final Sketch backgroundSketch = new CanvasSketch(background);
    private final PlanePainter painter = new PlanePainter();
    private final TrailLayers trails = new TrailLayers();
    private final ReadOnlyObjectWrapper<Point2D> pointer = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener foregroundChanged = o -> foregroundDirty = true;
    private final FrameClock clock = new FrameClock();
    private LandscapeLayer layer;
    private boolean backgroundDirty = true;
    private boolean foregroundDirty = true;
    private boolean rasterStale = true;
    private boolean landscapeDrawn;
    private final DragTracker pointerDrag = new DragTracker();
    private RunViewModel draggedStart;

    /** A view of the lab's landscape and runs. */
    public PlaneView(LabViewModel lab, RasterService rasters) {
        this.lab = lab;
        this.view = lab.view();
        this.rasters = rasters;
        setId("plane");
        getStyleClass().add("plane-view");
        setFocusTraversable(true);
        setMinSize(200, 150);
        runLayers.getChildren().addAll(marks.nodes());
        runLayers.setClip(plotClip);
        runLayers.setManaged(false);
        getChildren().addAll(background, runLayers);
        InvalidationListener landscapeChanged = o -> {
            rasterStale = true;
            backgroundDirty = true;
            foregroundDirty = true;
        };
        LayerInvalidation.watch(lab, landscapeChanged, o -> backgroundDirty = true, foregroundChanged);
        for (Observable o : new Observable[] {lab.selectedProperty(), view.frameStatsProperty(),
            lab.testPathProperty()}) {
            o.addListener(foregroundChanged);
        }
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.visibleProperty()}, foregroundChanged);
        setOnScroll(this::zoom);
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(this::release);
        setOnMouseMoved(e -> pointer.set(toWorld(e.getX(), e.getY())));
        setOnMouseExited(e -> pointer.set(null));
    }

    /** The point of the plane under the mouse, or null when it is outside the plot. */
    public ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** Where the plane is drawn on the canvases. */
    public PlotArea plotArea() {
        return PlotArea.of(getWidth(), getHeight(), view.textScaleProperty().get(), true);
    }

    /** The transform between the plane and the plot area's pixels. */
    public Viewport viewport() {
        PlotArea area = plotArea();
        return Viewport.fit(view.window(), area.width(), area.height(), true);
    }

    /** Whether the landscape's image has been drawn on the view (it stays drawn from then on). */
    public boolean landscapeDrawn() {
        return landscapeDrawn;
    }

    /** The time the last redraw took, in milliseconds. */
    public double lastRedrawMillis() {
        return clock.lastRedrawMillis();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (background.getWidth() != w || background.getHeight() != h) {
            background.setWidth(w);
            background.setHeight(h);
            rasterStale = true;
            backgroundDirty = true;
            foregroundDirty = true;
        }
    }

    /** Redraws what changed; called once per frame by the window. */
    public void pulse(long nanos) {
        clock.frame(nanos);
        if (getWidth() < 4 || getHeight() < 4) {
            return;
        }
        if (rasterStale) {
            requestRaster();
        }
        if (!backgroundDirty && !foregroundDirty && !view.frameStatsProperty().get()) {
            return;
        }
        long start = System.nanoTime();
        Viewport viewport = viewport();
        PlotArea area = plotArea();
        PlaneScene scene = LabScene.of(lab);
        if (backgroundDirty) {
            painter.paintLandscape(backgroundSketch, area, viewport, scene, layer, FigureOptions.SCREEN);
            backgroundDirty = false;
            landscapeDrawn |= layer != null;
        }
        placeRunLayers(area);
        double dx = area.x() - runLayers.getLayoutX();
        double dy = area.y() - runLayers.getLayoutY();
        if (foregroundDirty) {
            Sketch halosSketch = halos.sketch();
            Sketch linesSketch = lines.sketch();
            halosSketch.save();
            halosSketch.translate(dx, dy);
            linesSketch.save();
            linesSketch.translate(dx, dy);
            trails.paint(halosSketch, linesSketch, scene, viewport, () -> {
                halos.clear();
                lines.clear();
            });
            halosSketch.restore();
            linesSketch.restore();
        }
        boolean stats = view.frameStatsProperty().get();
        Sketch top = marks.paint(scene, PlaneLayout.of(scene, area, viewport, FxText.INSTANCE, true), dx, dy, stats);
        foregroundDirty = false;
        clock.redrawn(System.nanoTime() - start);
        if (top != null) {
            if (stats) {
                paintFrameStats(top, area);
            }
            top.restore();
        }
    }

    /**
     * Puts the run layers over the plot area: at its top-left pixel, large enough to hold it,
     * clipped to it. A change redraws the trails.
     */
    private void placeRunLayers(PlotArea area) {
        double x = Math.floor(area.x());
        double y = Math.floor(area.y());
        double w = Math.ceil(area.x() + area.width()) - x;
        double h = Math.ceil(area.y() + area.height()) - y;
        if (runLayers.getLayoutX() != x || runLayers.getLayoutY() != y || !halos.hasSize(w, h)) {
            runLayers.setLayoutX(x);
            runLayers.setLayoutY(y);
            halos.resize(w, h);
            lines.resize(w, h);
            marks.resize(w, h);
            trails.invalidate();
            foregroundDirty = true;
        }
        plotClip.setX(area.x() - x);
        plotClip.setY(area.y() - y);
        plotClip.setWidth(area.width());
        plotClip.setHeight(area.height());
    }

    private void requestRaster() {
        rasterStale = false;
        rasters.request(LandscapeLayer.Request.of(lab.landscape(), view.toDisplay(), viewport(), 1,
                SCREEN_RASTER_LIMIT), this::show);
    }

    private void show(LandscapeLayer next) {
        layer = next;
        backgroundDirty = true;
    }

    /** The frame rate and the last redraw's time at the plot's top right, in plot coordinates. */
    private void paintFrameStats(Sketch sketch, PlotArea area) {
        double text = view.textScaleProperty().get();
        String stats = String.format("%.0f fps \u00b7 %.1f ms", clock.framesPerSecond(), clock.lastRedrawMillis());
        FigureFont font = FigureFont.bold(text, 12);
        double w = sketch.measure().width(stats, font) + 12;
        double x = area.width() - w - 8;
        double y = 8;
        sketch.setFont(font);
        sketch.setFill(FigureStyle.PANEL);
        sketch.fillRoundRect(x, y, w, 22 * text, 8, 8);
        sketch.setFill(FigureStyle.INK);
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        sketch.fillText(stats, x + 6, y + 11 * text);
    }

    private Point2D toWorld(double x, double y) {
        PlotArea area = plotArea();
        if (!area.contains(x, y)) {
            return null;
        }
        Viewport v = viewport();
        return new Point2D(v.toWorldX(x - area.x()), v.toWorldY(y - area.y()));
    }

    private void zoom(ScrollEvent e) {
        PlotArea area = plotArea();
        if (!area.contains(e.getX(), e.getY()) || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0025, e.getDeltaY());
        view.show(viewport().zoom(e.getX() - area.x(), e.getY() - area.y(), factor).window());
        e.consume();
    }

    private void press(MouseEvent e) {
        requestFocus();
        pointerDrag.press(e.getX(), e.getY());
        draggedStart = e.getButton() == MouseButton.PRIMARY ? startMarkerAt(e.getX(), e.getY()) : null;
    }

    private void drag(MouseEvent e) {
        if (!pointerDrag.drag(e.getX(), e.getY())) {
            return;
        }
        if (draggedStart != null) {
            Point2D p = toWorld(e.getX(), e.getY());
            if (p != null) {
                moveStart(p, e);
            }
        } else {
            view.show(viewport().pan(pointerDrag.dx(e.getX()), pointerDrag.dy(e.getY())).window());
        }
        pointerDrag.moved(e.getX(), e.getY());
    }

    private void release(MouseEvent e) {
        if (!pointerDrag.dragged() && draggedStart == null && e.getButton() == MouseButton.PRIMARY) {
            Point2D p = toWorld(e.getX(), e.getY());
            if (p != null) {
                lab.setStart(p.getX(), p.getY(), e.isShiftDown() || e.isShortcutDown());
            }
        }
        draggedStart = null;
    }

    /** Moves the dragged marker: every run starting there, or only the selected run with a modifier. */
    private void moveStart(Point2D p, MouseEvent e) {
        if (e.isShiftDown() || e.isShortcutDown()) {
            lab.setStart(p.getX(), p.getY(), true);
        } else {
            lab.moveStarts(draggedStart.startProperty().get(), p.getX(), p.getY());
        }
    }

    private RunViewModel startMarkerAt(double x, double y) {
        PlotArea area = plotArea();
        Viewport v = viewport();
        RunViewModel hit = null;
        double best = MARKER_HIT;
        for (RunViewModel run : lab.runs()) {
            if (!run.isVisible()) {
                continue;
            }
            Point2D s = run.startProperty().get();
            double d = Math.hypot(area.x() + v.toPixelX(s.getX()) - x, area.y() + v.toPixelY(s.getY()) - y);
            if (d <= best) {
                best = d;
                hit = run;
            }
        }
        return hit;
    }
}
