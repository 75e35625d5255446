package org.downhill.ui.plane;

import java.lang.ref.SoftReference;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.downhill.landscape.ColorScaling;
import org.downhill.render.LandscapeRaster;
import org.downhill.render.Viewport;
import org.downhill.ui.TextMetrics;
import org.downhill.ui.Theme;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.model.RunsWatcher;
import org.downhill.ui.model.ViewOptions;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.Sketch;

/**
 * The 2D view: the landscape as a heatmap with contours, axes and a colour bar, and the runs on
 * it. Two canvases: the background (landscape, redrawn when the view changes) and the foreground
 * (runs, redrawn when a run or the playhead changes). Nothing is drawn until {@link #pulse} is
 * called, once per frame, and only what is marked dirty is redrawn; the landscape raster is
 * computed off the FX thread by a {@link RasterService}. The same painters draw a figure of the view
 * into any {@link Sketch} ({@link #paintFigure}).
 *
 * <p>Mouse: the wheel zooms about the cursor; dragging empty space pans; dragging a start marker
 * moves it; a click puts the start of every run there (with Shift or the shortcut key, only the
 * selected run's).
 */
public final class PlaneView extends Region {
    private static final double CLICK_SLOP = 4;
    private static final double MARKER_HIT = 14;
    private static final int SCREEN_RASTER_LIMIT = 1600;
    private static final int FIGURE_RASTER_LIMIT = 4096;

    private final LabViewModel lab;
    private final ViewOptions view;
    private final RasterService rasters;
    private final Canvas background = new Canvas();
    private final Canvas foreground = new Canvas();
    private final Sketch backgroundSketch = new CanvasSketch(background);
    private final Sketch foregroundSketch = new CanvasSketch(foreground);
    private final BackgroundPainter backgroundPainter = new BackgroundPainter();
    private final RunPainter runPainter = new RunPainter();
    private final ReadOnlyObjectWrapper<Point2D> pointer = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener foregroundChanged = o -> foregroundDirty = true;
    private final FrameClock clock = new FrameClock();
    private LandscapeRaster raster;
    private SoftReference<FigureRaster> lastFigure = new SoftReference<>(null);
    private WritableImage image;
    private boolean backgroundDirty = true;
    private boolean foregroundDirty = true;
    private boolean rasterStale = true;
    private boolean landscapeDrawn;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragged;
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
        getChildren().addAll(background, foreground);
        InvalidationListener landscapeChanged = o -> {
            rasterStale = true;
            backgroundDirty = true;
            foregroundDirty = true;
        };
        lab.landscapeProperty().addListener(landscapeChanged);
        view.windowProperty().addListener(landscapeChanged);
        view.colorMapProperty().addListener(landscapeChanged);
        view.logScaleProperty().addListener(landscapeChanged);
        view.textScaleProperty().addListener(landscapeChanged);
        InvalidationListener overlayChanged = o -> backgroundDirty = true;
        view.contoursProperty().addListener(overlayChanged);
        view.minimaProperty().addListener(overlayChanged);
        view.gradientFieldProperty().addListener(overlayChanged);
        for (Observable o : new Observable[] {lab.playheadProperty(), lab.playingProperty(), lab.selectedProperty(),
                view.anatomyProperty(), view.frameStatsProperty()}) {
            o.addListener(foregroundChanged);
        }
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.trajectoryProperty(), run.visibleProperty(),
            run.colorProperty(), run.nameProperty()}, foregroundChanged);
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
            foreground.setWidth(w);
            foreground.setHeight(h);
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
        if (backgroundDirty) {
            backgroundPainter.paint(backgroundSketch, area, viewport, raster, image, lab.landscape(), view,
                    FigureOptions.SCREEN);
            backgroundDirty = false;
            landscapeDrawn |= image != null;
        }
        foreground.getGraphicsContext2D().clearRect(0, 0, foreground.getWidth(), foreground.getHeight());
        runPainter.paint(foregroundSketch, area, viewport, lab, !lab.playingProperty().get(), true);
        foregroundDirty = false;
        clock.redrawn(System.nanoTime() - start);
        if (view.frameStatsProperty().get()) {
            paintFrameStats(foregroundSketch, area);
        }
    }

    /**
     * Paints the view as a figure filling the sketch: the landscape of the window shown (widened
     * to the figure's shape), its overlays, axes and runs as on screen (paused or playing), with
     * the legend and colour bar as asked; never the frame statistics. The heatmap and contours are
     * computed for the figure, on the calling thread, at {@code heatmapScale} pixels per unit of
     * the sketch (at most 4096 a side), and kept for the next figure of the same size and view.
     * Call on the JavaFX application thread.
     *
     * @param heatmapScale the heatmap's resolution, e.g. 1 for an SVG or the pixel scale of a PNG
     * @throws IllegalArgumentException if heatmapScale is not positive and finite
     */
    public void paintFigure(Sketch sketch, FigureOptions options, double heatmapScale) {
        if (!(heatmapScale > 0 && Double.isFinite(heatmapScale))) {
            throw new IllegalArgumentException("heatmapScale must be positive and finite, not " + heatmapScale);
        }
        double text = view.textScaleProperty().get();
        PlotArea area = PlotArea.of(sketch.width(), sketch.height(), text, options.colorBar());
        Viewport viewport = Viewport.fit(view.window(), area.width(), area.height(), true);
        FigureRaster figure = figureRaster(rasterRequest(viewport, heatmapScale, FIGURE_RASTER_LIMIT));
        backgroundPainter.paint(sketch, area, viewport, figure.raster(), figure.image(), lab.landscape(), view,
                options);
        runPainter.paint(sketch, area, viewport, lab, !lab.playingProperty().get(), options.legend());
    }

    /**
     * The figure raster for a request: the last one if it was for the same landscape, window, size
     * and colours (the frames of an animation), else computed now. The last one is held softly, so
     * a large export's raster goes when memory is short.
     */
    private FigureRaster figureRaster(RasterService.Request request) {
        FigureRaster last = lastFigure.get();
        if (last == null || !last.request().equals(request)) {
            LandscapeRaster computed = rasters.computeNow(request);
            last = new FigureRaster(request, computed, toImage(computed, null));
            lastFigure = new SoftReference<>(last);
        }
        return last;
    }

    /** A raster computed for figures, with its image and the request it answers. */
    private record FigureRaster(RasterService.Request request, LandscapeRaster raster, WritableImage image) {
    }

    private void requestRaster() {
        rasterStale = false;
        rasters.request(rasterRequest(viewport(), 1, SCREEN_RASTER_LIMIT), this::show);
    }

    /** A raster of the viewport's window at {@code scale} pixels per viewport pixel, at most {@code limit} a side. */
    private RasterService.Request rasterRequest(Viewport viewport, double scale, int limit) {
        int width = (int) Math.max(2, Math.min(limit, Math.round(viewport.width() * scale)));
        int height = (int) Math.max(2, Math.min(limit, Math.round(viewport.height() * scale)));
        ColorScaling scaling = view.logScaleProperty().get() ? ColorScaling.LOG : ColorScaling.LINEAR;
        return new RasterService.Request(lab.landscape(), viewport.window(), width, height,
                view.colorMapProperty().get(), scaling);
    }

    private void show(LandscapeRaster next) {
        image = toImage(next, image);
        rasters.recycle(raster);
        raster = next;
        backgroundDirty = true;
    }

    /** The raster's pixels in an image: {@code reuse} if it has the raster's size, else a new one. */
    private static WritableImage toImage(LandscapeRaster raster, WritableImage reuse) {
        WritableImage target = reuse != null && reuse.getWidth() == raster.width()
                && reuse.getHeight() == raster.height() ? reuse : new WritableImage(raster.width(), raster.height());
        target.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
        return target;
    }

    private void paintFrameStats(Sketch sketch, PlotArea area) {
        double text = view.textScaleProperty().get();
        String stats = String.format("%.0f fps \u00b7 %.1f ms", clock.framesPerSecond(), clock.lastRedrawMillis());
        Font font = Theme.bold(text, 12);
        double w = TextMetrics.width(stats, font) + 12;
        double x = area.x() + area.width() - w - 8;
        double y = area.y() + 8;
        sketch.setFont(font);
        sketch.setFill(Theme.PANEL);
        sketch.fillRoundRect(x, y, w, 22 * text, 8, 8);
        sketch.setFill(Theme.INK);
        sketch.setTextAlign(TextAlignment.LEFT);
        sketch.setTextBaseline(VPos.CENTER);
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
        pressX = e.getX();
        pressY = e.getY();
        lastDragX = pressX;
        lastDragY = pressY;
        dragged = false;
        draggedStart = e.getButton() == MouseButton.PRIMARY ? startMarkerAt(e.getX(), e.getY()) : null;
    }

    private void drag(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
            dragged = true;
        }
        if (!dragged) {
            return;
        }
        if (draggedStart != null) {
            Point2D p = toWorld(e.getX(), e.getY());
            if (p != null) {
                moveStart(p, e);
            }
        } else {
            view.show(viewport().pan(e.getX() - lastDragX, e.getY() - lastDragY).window());
        }
        lastDragX = e.getX();
        lastDragY = e.getY();
    }

    private void release(MouseEvent e) {
        if (!dragged && draggedStart == null && e.getButton() == MouseButton.PRIMARY) {
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
