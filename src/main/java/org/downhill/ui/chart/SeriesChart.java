package org.downhill.ui.chart;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.downhill.figure.FigureStyle;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.LineCap;
import org.downhill.figure.sketch.LineJoin;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.render.NiceTicks;
import org.downhill.render.chart.AxisRange;
import org.downhill.render.chart.Metric;
import org.downhill.render.chart.SeriesDecimator;
import org.downhill.sim.Edit;
import org.downhill.sim.Trajectory;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.FxPaint;

/**
 * One chart of a {@link Metric} against the step, one line per visible run in its colour, with
 * the changes made while playing marked as diamonds on the lines. Two canvases: the lines (redrawn
 * when a run, the landscape or the size changes) and the overlay with the playhead and the hovered
 * step's values (redrawn when they move). Pointing at the chart shows the values at that step in
 * every chart of the row (a shared hover step); pressing or dragging moves the playhead there.
 * Nothing is drawn until {@link #pulse}.
 */
public final class SeriesChart extends Region {
    private static final double LINE_WIDTH = 1.8;
    /** Enough ticks on a log axis that a span of many decades still gets two powers of ten. */
    private static final int LOG_TICK_TARGET = 4;
    private static final Rgba MAJOR_GRID = Rgba.rgb(0, 0, 0, 0.10);
    private static final Rgba MINOR_GRID = Rgba.rgb(0, 0, 0, 0.05);

    private final LabViewModel lab;
    private final Metric metric;
    private final IntegerProperty hoverStep;
    private final Canvas lines = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Sketch linesSketch = new CanvasSketch(lines);
    private final Sketch overlaySketch = new CanvasSketch(overlay);
    private final AxisRange range;
    private final double[] pointSteps = new double[2 * 4096 + 2];
    private final double[] pointValues = new double[2 * 4096 + 2];
    private ChartFrame frame;
    private double floor;
    private boolean linesDirty = true;
    private boolean overlayDirty = true;

    /**
     * A chart of one metric of the lab's runs.
     *
     * @param hoverStep the step pointed at in any chart of the row, -1 for none (shared)
     */
    public SeriesChart(LabViewModel lab, Metric metric, IntegerProperty hoverStep) {
        this.lab = lab;
        this.metric = metric;
        this.hoverStep = hoverStep;
        this.range = new AxisRange(metric.logAxis());
        setId("chart-" + metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        getStyleClass().add("series-chart");
        setMinSize(120, 80);
        overlay.setMouseTransparent(true);
        getChildren().addAll(lines, overlay);
        InvalidationListener overlayChanged = o -> overlayDirty = true;
        lab.playheadProperty().addListener(overlayChanged);
        hoverStep.addListener(overlayChanged);
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> hoverStep.set(-1));
        setOnMousePressed(this::seek);
        setOnMouseDragged(this::seek);
    }

    /** Marks the lines for a redraw (a run, the landscape or the text size changed). */
    void invalidate() {
        linesDirty = true;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (lines.getWidth() != w || lines.getHeight() != h) {
            lines.setWidth(w);
            lines.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            linesDirty = true;
        }
    }

    /** Redraws what changed; called once per frame. */
    public void pulse() {
        if (lines.getWidth() < 20 || lines.getHeight() < 20) {
            return;
        }
        if (linesDirty) {
            lines.getGraphicsContext2D().clearRect(0, 0, lines.getWidth(), lines.getHeight());
            frame = paintLines(linesSketch, lines.getWidth(), lines.getHeight());
            linesDirty = false;
            overlayDirty = true;
        }
        if (overlayDirty) {
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            paintOverlay(overlaySketch, frame, hoverStep.get());
            overlayDirty = false;
        }
    }

    /**
     * Paints the chart as a figure of width x height at the sketch's origin: the lines, the change
     * markers and the playhead, without the hover card.
     */
    void paintFigure(Sketch sketch, double width, double height) {
        sketch.beginGroup("chart");
        paintOverlay(sketch, paintLines(sketch, width, height), -1);
        sketch.endGroup();
    }

    private double text() {
        return lab.view().textScaleProperty().get();
    }

    /** Paints the axes and lines into w x h at the sketch's origin and returns where the plot lies. */
    private ChartFrame paintLines(Sketch gc, double w, double h) {
        floor = Metric.floor(lab.landscape());
        range.reset();
        for (RunViewModel run : lab.runs()) {
            if (run.isVisible()) {
                Trajectory t = run.trajectory();
                for (int k = 0; k <= t.lastStep(); k++) {
                    range.add(metric.value(t, k, floor), k == 0);
                }
            }
        }
        double text = text();
        ChartFrame frame = ChartFrame.of(w, h, text, lab.steps(), range.lo(), range.hi());
        gc.setFill(Rgba.WHITE);
        gc.fillRect(frame.left(), frame.top(), frame.width(), frame.height());
        paintAxes(gc, frame, text);
        gc.save();
        gc.beginPath();
        gc.rect(frame.left(), frame.top() - LINE_WIDTH, frame.width(), frame.height() + 2 * LINE_WIDTH);
        gc.clip();
        gc.setLineJoin(LineJoin.ROUND);
        gc.setLineCap(LineCap.ROUND);
        for (RunViewModel run : lab.runs()) {
            if (run.isVisible()) {
                paintRun(gc, frame, run);
            }
        }
        gc.restore();
        gc.setStroke(FigureStyle.MUTED);
        gc.setLineWidth(1);
        gc.strokeRect(frame.left() + 0.5, frame.top() + 0.5, frame.width() - 1, frame.height() - 1);
        return frame;
    }

    private void paintAxes(Sketch gc, ChartFrame frame, double text) {
        gc.setFont(FigureFont.bold(text, 12));
        gc.setFill(FigureStyle.INK);
        gc.setTextAlign(TextAlign.LEFT);
        gc.setTextBaseline(TextBaseline.CENTER);
        gc.fillText(metric.title(lab.landscape()) + (metric.logAxis() ? "  (log)" : ""), frame.left(), 11 * text);
        FigureFont labelFont = FigureFont.regular(text, 11);
        gc.setFont(labelFont);
        gc.setLineWidth(1);
        int yTarget = Math.max(2, (int) (frame.height() / (28 * text)));
        List<NiceTicks.Tick> yTicks = metric.logAxis()
                ? NiceTicks.log(frame.lo(), frame.hi(), Math.max(LOG_TICK_TARGET, yTarget))
                : NiceTicks.linear(frame.lo(), frame.hi(), yTarget);
        gc.setTextAlign(TextAlign.RIGHT);
        for (NiceTicks.Tick tick : yTicks) {
            double y = Math.round(frame.y(range.toUnit(tick.value(), frame.lo(), frame.hi()))) + 0.5;
            gc.setStroke(tick.major() ? MAJOR_GRID : MINOR_GRID);
            gc.strokeLine(frame.left(), y, frame.left() + frame.width(), y);
            if (tick.major()) {
                gc.fillText(tick.label(), frame.left() - 5, y);
            }
        }
        int xTarget = Math.max(2, (int) (frame.width() / (70 * text)));
        gc.setTextAlign(TextAlign.CENTER);
        gc.setTextBaseline(TextBaseline.TOP);
        for (NiceTicks.Tick tick : NiceTicks.linear(0, frame.steps(), xTarget)) {
            double x = Math.round(frame.x(tick.value())) + 0.5;
            gc.setStroke(MAJOR_GRID);
            gc.strokeLine(x, frame.top(), x, frame.top() + frame.height());
            double half = gc.measure().width(tick.label(), labelFont) / 2;
            double right = frame.left() + frame.width() + ChartFrame.RIGHT_MARGIN;
            gc.fillText(tick.label(), Math.min(x, right - half - 1), frame.top() + frame.height() + 3);
        }
    }

    private void paintRun(Sketch gc, ChartFrame frame, RunViewModel run) {
        Trajectory t = run.trajectory();
        int columns = (int) Math.min(pointSteps.length / 2 - 1, Math.ceil(frame.width()));
        int n = SeriesDecimator.decimate(k -> metric.value(t, k, floor), 0, t.lastStep(), columns,
                pointSteps, pointValues);
        Rgba color = FxPaint.rgba(run.color());
        gc.setStroke(color);
        gc.setLineWidth(LINE_WIDTH);
        gc.beginPath();
        for (int i = 0; i < n; i++) {
            double x = frame.x(pointSteps[i]);
            double y = frame.y(range.toUnit(pointValues[i], frame.lo(), frame.hi()));
            if (i == 0) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        }
        gc.stroke();
        gc.setFill(color);
        gc.setStroke(Rgba.WHITE);
        gc.setLineWidth(1.2);
        for (Edit edit : t.appliedEdits()) {
            double v = metric.value(t, Math.min(edit.step(), t.lastStep()), floor);
            gc.diamondPath(frame.x(edit.step()), frame.y(range.toUnit(v, frame.lo(), frame.hi())), 5);
            gc.fill();
            gc.stroke();
        }
    }

    /** Paints the playhead with the runs' values there, and the hover line and card unless hover is -1. */
    private void paintOverlay(Sketch gc, ChartFrame frame, int hover) {
        if (frame == null) {
            return;
        }
        if (hover >= 0) {
            gc.setStroke(FigureStyle.MUTED);
            gc.setLineWidth(1);
            gc.setLineDashes(4, 3);
            double x = Math.round(frame.x(hover)) + 0.5;
            gc.strokeLine(x, frame.top(), x, frame.top() + frame.height());
            gc.setLineDashes();
        }
        int playhead = lab.playhead();
        double x = frame.x(playhead);
        gc.setStroke(FigureStyle.INK);
        gc.setLineWidth(1.5);
        gc.strokeLine(x, frame.top(), x, frame.top() + frame.height());
        for (RunViewModel run : lab.runs()) {
            Trajectory t = run.trajectory();
            if (run.isVisible() && playhead <= t.lastStep()) {
                double v = metric.value(t, playhead, floor);
                if (Double.isFinite(v)) {
                    double y = frame.y(range.toUnit(v, frame.lo(), frame.hi()));
                    gc.setFill(FxPaint.rgba(run.color()));
                    gc.fillOval(x - 4, y - 4, 8, 8);
                    gc.setStroke(Rgba.WHITE);
                    gc.setLineWidth(1.5);
                    gc.strokeOval(x - 4, y - 4, 8, 8);
                }
            }
        }
        if (hover >= 0) {
            ValueCard.paint(gc, frame, hover, lab.runs(), t -> metric.value(t, hover, floor), text());
        }
    }

    private void hover(MouseEvent e) {
        hoverStep.set(frame != null && frame.contains(e.getX(), e.getY()) ? frame.stepAt(e.getX()) : -1);
    }

    private void seek(MouseEvent e) {
        if (frame != null && frame.contains(e.getX(), e.getY())) {
            lab.setPlayhead(frame.stepAt(e.getX()));
            hoverStep.set(frame.stepAt(e.getX()));
        }
    }
}
