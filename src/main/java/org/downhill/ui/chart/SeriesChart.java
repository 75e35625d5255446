package org.downhill.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.downhill.diagnose.Diagnosis;
import org.downhill.diagnose.Regime;
import org.downhill.figure.Arrows;
import org.downhill.figure.Box;
import org.downhill.figure.FigureStyle;
import org.downhill.figure.LabelPlacer;
import org.downhill.figure.Labels;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.LineCap;
import org.downhill.figure.sketch.LineJoin;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.render.NiceTicks;
import org.downhill.render.chart.AxisRange;
import org.downhill.render.chart.EpochTicks;
import org.downhill.render.chart.Metric;
import org.downhill.render.chart.OffScale;
import org.downhill.render.chart.SeriesDecimator;
import org.downhill.sim.Edit;
import org.downhill.sim.Trajectory;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.FxPaint;

/**
 * One chart of a {@link Metric} against the step, one line per visible run in its colour, with
 * the changes made while playing marked as diamonds on the lines. Nothing is clipped silently:
 * where a line leaves the axis ({@link AxisRange}) an arrow at the edge gives the value beyond,
 * and a run diagnosed as diverging or falling without bound has its headline and last value at
 * the end of its line. On the loss chart, a run on data in mini-batches also has its batch loss
 * ({@link Metric#batchValue}), thin and translucent under its solid full-data loss, with a key in
 * the title row, and the ends of one run's epochs are dotted lines numbered along the top
 * ({@link EpochTicks}). Three canvases: the lines (redrawn
 * when a run, the landscape or the size changes), over them a strip just wide enough for the
 * playhead and the runs' values on it (moved and redrawn when the playhead moves, so a frame of the
 * animation repaints a few pixels' width of the chart), and the overlay with the hovered step's
 * line and values (redrawn when they move). Pointing at the chart shows the values at that step in
 * every chart of the row (a shared hover step); pressing or dragging moves the playhead there.
 * Nothing is drawn until {@link #pulse}.
 */
public final class SeriesChart extends Region {
    private static final double LINE_WIDTH = 1.8;
    /** The noisy batch-loss line of a run on data: thin and translucent under its full-data loss. */
    private static final double BATCH_LINE_WIDTH = 0.9;
    private static final double BATCH_OPACITY = 0.4;
    /** Enough ticks on a log axis that a span of many decades still gets two powers of ten. */
    private static final int LOG_TICK_TARGET = 4;
    private static final Rgba MAJOR_GRID = Rgba.rgb(0, 0, 0, 0.10);
    private static final Rgba MINOR_GRID = Rgba.rgb(0, 0, 0, 0.05);
    /** How far the playhead's drawing reaches either side of it: a value's dot (4 px) and its rim, and a pixel. */
    private static final int PLAYHEAD_HALF_WIDTH = 7;

    private final LabViewModel lab;
    private final Metric metric;
    private final IntegerProperty hoverStep;
    private final Canvas lines = new Canvas();
    private final Canvas playhead = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Sketch linesSketch = new CanvasSketch(lines);
    private final Sketch playheadSketch = new CanvasSketch(playhead);
    private final Sketch overlaySketch = new CanvasSketch(overlay);
    /** The range of the values on a log axis, and on a linear one: the metric picks one per redraw. */
    private final AxisRange logRange = new AxisRange(true);
    private final AxisRange linearRange = new AxisRange(false);
    private AxisRange range = linearRange;
    private final double[] pointSteps = new double[2 * 4096 + 2];
    private final double[] pointValues = new double[2 * 4096 + 2];
    private ChartFrame frame;
    private double floor;
    private boolean linesDirty = true;
    private boolean overlayDirty = true;
    private boolean playheadDirty = true;

    /**
     * A chart of one metric of the lab's runs.
     *
     * @param hoverStep the step pointed at in any chart of the row, -1 for none (shared)
     */
    public SeriesChart(LabViewModel lab, Metric metric, IntegerProperty hoverStep) {
        this.lab = lab;
        this.metric = metric;
        this.hoverStep = hoverStep;
        setId("chart-" + metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        getStyleClass().add("series-chart");
        setMinSize(120, 80);
        overlay.setMouseTransparent(true);
        playhead.setMouseTransparent(true);
        getChildren().addAll(lines, playhead, overlay);
        lab.playheadProperty().addListener(o -> playheadDirty = true);
        hoverStep.addListener(o -> overlayDirty = true);
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
            playhead.setHeight(h);
            playhead.setWidth(2 * PLAYHEAD_HALF_WIDTH);
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
            playheadDirty = true;
        }
        if (playheadDirty && frame != null) {
            double left = Math.floor(frame.x(lab.playhead())) - PLAYHEAD_HALF_WIDTH;
            playhead.setLayoutX(left);
            playhead.getGraphicsContext2D().clearRect(0, 0, playhead.getWidth(), playhead.getHeight());
            playheadSketch.save();
            playheadSketch.translate(-left, 0);
            paintPlayhead(playheadSketch, frame);
            playheadSketch.restore();
            playheadDirty = false;
        }
        if (overlayDirty) {
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            paintHover(overlaySketch, frame, hoverStep.get());
            overlayDirty = false;
        }
    }

    /**
     * Paints the chart as a figure of width x height at the sketch's origin: the lines, the change
     * markers and the playhead, without the hover card.
     */
    void paintFigure(Sketch sketch, double width, double height) {
        sketch.beginGroup("chart");
        paintPlayhead(sketch, paintLines(sketch, width, height));
        sketch.endGroup();
    }

    private double text() {
        return lab.view().textScaleProperty().get();
    }

    /** Paints the axes and lines into w x h at the sketch's origin and returns where the plot lies. */
    private ChartFrame paintLines(Sketch gc, double w, double h) {
        floor = Metric.floor(lab.landscape());
        logRange.reset();
        linearRange.reset();
        for (RunViewModel run : lab.runs()) {
            if (run.isVisible()) {
                Trajectory t = run.trajectory();
                boolean noisy = metric.hasBatchSeries(t);
                for (int k = 0; k <= t.lastStep(); k++) {
                    double v = metric.value(t, k, floor);
                    logRange.add(v);
                    linearRange.add(v);
                    if (noisy) {
                        double b = metric.batchValue(t, k, floor);
                        logRange.add(b);
                        linearRange.add(b);
                    }
                }
            }
        }
        range = metric.logAxis(logRange.decades()) ? logRange : linearRange;
        double text = text();
        ChartFrame frame = ChartFrame.of(w, h, text, lab.steps(), range.lo(), range.hi());
        gc.setFill(Rgba.WHITE);
        gc.fillRect(frame.left(), frame.top(), frame.width(), frame.height());
        paintAxes(gc, frame, text);
        paintEpochs(gc, frame, text);
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
        LabelPlacer tags = new LabelPlacer(frame.width(), frame.height(), 2);
        for (RunViewModel run : lab.runs()) {
            if (run.isVisible()) {
                paintOffScale(gc, frame, run, text, tags);
                paintRunaway(gc, frame, run, text, tags);
            }
        }
        gc.setStroke(FigureStyle.MUTED);
        gc.setLineWidth(1);
        gc.strokeRect(frame.left() + 0.5, frame.top() + 0.5, frame.width() - 1, frame.height() - 1);
        paintLossKey(gc, frame, text);
        return frame;
    }

    /** The width of a key of these entries: a sample line, a gap, the name and a gap each. */
    private static double keyWidth(Sketch gc, String[] names, FigureFont font, double sample, double gap) {
        double width = 0;
        for (String name : names) {
            width += sample + 3 + gc.measure().width(name, font) + gap;
        }
        return width - gap;
    }

    /** Whether a visible run has a noisy batch series on this chart. */
    private boolean anyBatchSeries() {
        return lab.runs().stream().anyMatch(run -> run.isVisible() && metric.hasBatchSeries(run.trajectory()));
    }

    /**
     * The run whose epochs are ticked: the selected run if it is visible and has {@link EpochTicks},
     * else the first visible run that has them; null for none.
     */
    private RunViewModel epochRun() {
        RunViewModel selected = lab.selected();
        if (selected != null && selected.isVisible() && EpochTicks.of(selected.trajectory(), lab.steps()) != null) {
            return selected;
        }
        return lab.runs().stream().filter(run -> run.isVisible()
                && EpochTicks.of(run.trajectory(), lab.steps()) != null).findFirst().orElse(null);
    }

    /**
     * On the loss chart of runs on data, the ends of one run's epochs ({@link #epochRun}): dotted
     * lines in its colour across the plot and the epochs' counts along the plot's top edge.
     */
    private void paintEpochs(Sketch gc, ChartFrame frame, double text) {
        if (metric != Metric.LOSS) {
            return;
        }
        RunViewModel run = epochRun();
        if (run == null) {
            return;
        }
        EpochTicks ticks = EpochTicks.of(run.trajectory(), lab.steps());
        double perStep = frame.width() / frame.steps();
        FigureFont font = FigureFont.regular(text, 10);
        double labelGap = gc.measure().width("0000", font) + 6 * text;
        Rgba color = FxPaint.rgba(run.color());
        Rgba line = Rgba.rgb(color.red(), color.green(), color.blue(), 0.45);
        gc.setStroke(line);
        gc.setLineWidth(1);
        gc.setLineDashes(2, 3);
        for (int e : ticks.ticked(perStep, 6, labelGap)) {
            double x = Math.round(frame.x(ticks.step(e))) + 0.5;
            gc.strokeLine(x, frame.top(), x, frame.top() + frame.height());
        }
        gc.setLineDashes();
        gc.setFont(font);
        gc.setFill(FigureStyle.MUTED);
        gc.setTextAlign(TextAlign.CENTER);
        gc.setTextBaseline(TextBaseline.TOP);
        for (int e : ticks.labelled(perStep, labelGap)) {
            double x = frame.x(ticks.step(e));
            if (x + labelGap / 2 <= frame.left() + frame.width()) {
                gc.setFill(FigureStyle.PANEL);
                double w = gc.measure().width(Integer.toString(e), font) + 4;
                gc.fillRect(x - w / 2, frame.top() + 2, w, 12 * text);
                gc.setFill(FigureStyle.MUTED);
                gc.fillText(Integer.toString(e), x, frame.top() + 2);
            }
        }
    }

    /**
     * The key of the loss chart of runs on data, right-aligned in the title row: a solid line for
     * the full-data loss, a thin translucent one for the batch loss, a dotted one for the epochs
     * (of the run named, when one is ticked).
     */
    private void paintLossKey(Sketch gc, ChartFrame frame, double text) {
        if (!anyBatchSeries()) {
            return;
        }
        RunViewModel epochs = epochRun();
        FigureFont font = FigureFont.regular(text, 10);
        gc.setFont(font);
        gc.setTextAlign(TextAlign.LEFT);
        gc.setTextBaseline(TextBaseline.CENTER);
        double titleEnd = frame.left() + gc.measure().width(metric.title(lab.landscape()) + scaleSuffix(),
                FigureFont.bold(text, 12)) + 10 * text;
        double right = frame.left() + frame.width() + ChartFrame.RIGHT_MARGIN;
        String[][] choices = epochs == null
                ? new String[][] {{"full data", "batch"}, {"full", "batch"}}
                : new String[][] {{"full data", "batch", "epochs"}, {"full", "batch", "epochs"}, {"full", "batch"}};
        String[] names = choices[choices.length - 1];
        double sample = 12 * text;
        double gap = 7 * text;
        double width = 0;
        for (String[] choice : choices) {
            names = choice;
            width = keyWidth(gc, names, font, sample, gap);
            if (titleEnd + width <= right) {
                break;
            }
        }
        double x = Math.max(titleEnd, right - width);
        double y = 11 * text;
        for (int i = 0; i < names.length; i++) {
            switch (i) {
                case 0 -> {
                    gc.setStroke(FigureStyle.INK);
                    gc.setLineWidth(LINE_WIDTH);
                }
                case 1 -> {
                    gc.setStroke(Rgba.rgb(0, 0, 0, BATCH_OPACITY));
                    gc.setLineWidth(BATCH_LINE_WIDTH);
                }
                default -> {
                    Rgba c = FxPaint.rgba(epochs.color());
                    gc.setStroke(Rgba.rgb(c.red(), c.green(), c.blue(), 0.8));
                    gc.setLineWidth(1);
                    gc.setLineDashes(2, 3);
                }
            }
            gc.strokeLine(x, y, x + sample, y);
            gc.setLineDashes();
            gc.setFill(FigureStyle.INK);
            gc.fillText(names[i], x + sample + 3, y);
            x += sample + 3 + gc.measure().width(names[i], font) + gap;
        }
    }

    /** What the title says of the axis' scale: {@code (log)}, {@code (symmetric log)} or nothing. */
    private String scaleSuffix() {
        return switch (range.scale()) {
            case LOG -> "  (log)";
            case SYMLOG -> "  (symmetric log)";
            case LINEAR -> "";
        };
    }

    private void paintAxes(Sketch gc, ChartFrame frame, double text) {
        gc.setFont(FigureFont.bold(text, 12));
        gc.setFill(FigureStyle.INK);
        gc.setTextAlign(TextAlign.LEFT);
        gc.setTextBaseline(TextBaseline.CENTER);
        gc.fillText(metric.title(lab.landscape()) + scaleSuffix(), frame.left(), 11 * text);
        FigureFont labelFont = FigureFont.regular(text, 11);
        gc.setFont(labelFont);
        gc.setLineWidth(1);
        int yTarget = Math.max(2, (int) (frame.height() / (28 * text)));
        List<NiceTicks.Tick> yTicks = range.ticks(frame.lo(), frame.hi(),
                range.isLog() ? Math.max(LOG_TICK_TARGET, yTarget) : yTarget);
        gc.setTextAlign(TextAlign.RIGHT);
        // one labelled power of ten does not show the scale: then every tick is labelled
        boolean labelAll = yTicks.stream().filter(NiceTicks.Tick::major).count() < 2;
        List<Double> labelled = new ArrayList<>();
        List<NiceTicks.Tick> zeroFirst = new ArrayList<>(yTicks);
        zeroFirst.sort((a, b) -> Boolean.compare(a.value() != 0, b.value() != 0));
        for (NiceTicks.Tick tick : zeroFirst) {
            double y = Math.round(frame.y(range.toUnit(tick.value(), frame.lo(), frame.hi()))) + 0.5;
            gc.setStroke(tick.major() ? MAJOR_GRID : MINOR_GRID);
            gc.strokeLine(frame.left(), y, frame.left() + frame.width(), y);
            if ((tick.major() || labelAll) && labelled.stream().allMatch(other -> Math.abs(y - other) >= 13 * text)) {
                gc.fillText(tick.label(), frame.left() - 5, y);
                labelled.add(y);
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
        Rgba color = FxPaint.rgba(run.color());
        if (metric.hasBatchSeries(t)) {
            int m = SeriesDecimator.decimate(k -> metric.batchValue(t, k, floor), 0, t.lastStep(), columns,
                    pointSteps, pointValues);
            gc.setStroke(Rgba.rgb(color.red(), color.green(), color.blue(), BATCH_OPACITY));
            gc.setLineWidth(BATCH_LINE_WIDTH);
            polyline(gc, frame, m);
        }
        int n = SeriesDecimator.decimate(k -> metric.value(t, k, floor), 0, t.lastStep(), columns,
                pointSteps, pointValues);
        gc.setStroke(color);
        gc.setLineWidth(LINE_WIDTH);
        polyline(gc, frame, n);
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

    /** Strokes a line through the first n decimated points. */
    private void polyline(Sketch gc, ChartFrame frame, int n) {
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
    }

    /**
     * Marks where a run's line leaves the axis: an arrow at the edge, at the first step off the
     * scale, pointing out, with the most extreme value beyond it.
     */
    private void paintOffScale(Sketch gc, ChartFrame frame, RunViewModel run, double text, LabelPlacer tags) {
        Trajectory t = run.trajectory();
        OffScale off = OffScale.find(k -> metric.value(t, k, floor), t.lastStep(), range, frame.lo(), frame.hi());
        if (off == null) {
            return;
        }
        double x = frame.x(off.step());
        double edge = off.side() < 0 ? frame.top() + frame.height() : frame.top();
        double inward = -off.side() * 14 * text;
        Rgba color = FxPaint.rgba(run.color());
        Arrows.draw(gc, x, edge + inward, x, edge - off.side() * 2, color, Rgba.WHITE, 2, 8 * text);
        String label = (off.side() < 0 ? "\u2193 " : "\u2191 ") + Labels.number(off.extreme());
        tag(gc, frame, label, x + 6, edge + inward, color, text, tags);
    }

    /**
     * On the loss chart, labels the end of the line of a run diagnosed as diverging (or falling without bound) with
     * its diagnosis' headline and last value, so that it never reads as a plateau or as the best run.
     */
    private void paintRunaway(Sketch gc, ChartFrame frame, RunViewModel run, double text, LabelPlacer tags) {
        Diagnosis d = run.diagnosis();
        Trajectory t = run.trajectory();
        if (metric != Metric.LOSS || d == null || d.regime() != Regime.DIVERGES) {
            return;
        }
        int last = t.lastStep();
        while (last > 0 && !Double.isFinite(metric.value(t, last, floor))) {
            last--;
        }
        double v = metric.value(t, last, floor);
        double y = frame.y(range.toUnit(v, frame.lo(), frame.hi()));
        tag(gc, frame, d.headline() + ": " + Labels.number(v), frame.x(last) - 4, y, FxPaint.rgba(run.color()), text,
                tags);
    }

    /**
     * A label in a run's colour on a light panel, wanted with its left end at x and centred on y,
     * placed inside the plot clear of the labels placed before ({@link LabelPlacer}, in the plot's
     * coordinates).
     */
    private static void tag(Sketch gc, ChartFrame frame, String label, double x, double y, Rgba color, double text,
                            LabelPlacer tags) {
        FigureFont font = FigureFont.bold(text, 11);
        double w = gc.measure().width(label, font) + 4;
        double h = 15 * text;
        Box placed = tags.place(x - frame.left(), y - h / 2 - frame.top(), w, h);
        Box box = new Box(placed.x() + frame.left(), placed.y() + frame.top(), w, h);
        gc.setFont(font);
        gc.setTextAlign(TextAlign.LEFT);
        gc.setTextBaseline(TextBaseline.CENTER);
        gc.setFill(FigureStyle.PANEL);
        gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 6, 6);
        gc.setFill(color);
        gc.fillText(label, box.x() + 2, box.y() + h / 2);
    }

    /** Paints the hovered step's line and the card with the runs' values there, unless hover is -1. */
    private void paintHover(Sketch gc, ChartFrame frame, int hover) {
        if (frame == null || hover < 0) {
            return;
        }
        gc.setStroke(FigureStyle.MUTED);
        gc.setLineWidth(1);
        gc.setLineDashes(4, 3);
        double x = Math.round(frame.x(hover)) + 0.5;
        gc.strokeLine(x, frame.top(), x, frame.top() + frame.height());
        gc.setLineDashes();
        ValueCard.paint(gc, frame, hover, lab.runs(), t -> metric.value(t, hover, floor), text());
    }

    /**
     * Paints the playhead with the runs' values there: within {@value #PLAYHEAD_HALF_WIDTH} pixels
     * of its x either side.
     */
    private void paintPlayhead(Sketch gc, ChartFrame frame) {
        int step = lab.playhead();
        double x = frame.x(step);
        gc.setStroke(FigureStyle.INK);
        gc.setLineWidth(1.5);
        gc.strokeLine(x, frame.top(), x, frame.top() + frame.height());
        for (RunViewModel run : lab.runs()) {
            Trajectory t = run.trajectory();
            if (run.isVisible() && step <= t.lastStep()) {
                double v = metric.value(t, step, floor);
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
