package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.data.DataTable;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.landscape.CriticalPoint;
import org.downhill.render.NiceTicks;

/**
 * Draws a {@link DataPicture} on a sketch: axes with ticks, the data points (for the logistic
 * model coloured by class: orange circles for label 1, blue squares for label 0), the rows of the
 * highlighted batch ringed, the model at the exact optimum as a dashed grey line, and each run's
 * model in its colour: the regression line w*x + b, the neuron's curve v*tanh(w*x) (y against x),
 * or the logistic model's decision boundary w1*x1 + w2*x2 = 0 (x2 against x1), where the
 * predicted probability is 1/2. With standardized features the model is drawn over the raw points
 * ({@link ModelLandscape#output}).
 */
public final class DataPainter {
    /** Points of a regression curve across the plot. */
    static final int CURVE_POINTS = 200;
    /** A point of a regression set. */
    static final Rgba POINT = Rgba.rgb(75, 85, 99, 0.55);
    /** A point of label 1 (a circle). */
    static final Rgba CLASS_ONE = Rgba.web("#E69F00");
    /** A point of label 0 (a square). */
    static final Rgba CLASS_ZERO = Rgba.web("#56B4E9");
    /** The model at the exact optimum (dashed). */
    static final Rgba OPTIMUM = Rgba.rgb(60, 60, 60, 0.8);
    private static final Rgba PLOT = Rgba.WHITE;
    private static final double PAD = 0.06;

    private DataPainter() {
    }

    /** Draws the picture over the whole sketch, text at {@code textScale} times the normal size. */
    public static void paint(Sketch s, DataPicture p, double textScale) {
        paint(s, p, textScale, s.width(), s.height(), true);
    }

    /**
     * Draws the picture into width x height units at the sketch's origin (the axes' labels and
     * ticks in its margins, the plot inside), on the figures' background if {@code opaque}, else
     * with only the plot filled.
     */
    public static void paint(Sketch s, DataPicture p, double textScale, double width, double height, boolean opaque) {
        double left = 58 * textScale;
        double bottom = 40 * textScale;
        double top = 10 * textScale;
        double right = 14 * textScale;
        Box area = new Box(left, top, Math.max(10, width - left - right), Math.max(10, height - top - bottom));
        if (opaque) {
            s.setFill(FigureStyle.BACKGROUND);
            s.fillRect(0, 0, width, height);
        }
        s.setFill(PLOT);
        s.fillRect(area.x(), area.y(), area.width(), area.height());
        DataTable data = p.landscape().samples();
        double[] xs = data.column(0);
        double[] ys = data.column(1);
        double[] xRange = padded(xs);
        double[] yRange = padded(ys);
        Frame frame = new Frame(area, xRange, yRange);
        s.beginGroup("axis");
        axes(s, frame, p, textScale, height);
        s.endGroup();
        s.save();
        s.beginPath();
        s.rect(area.x(), area.y(), area.width(), area.height());
        s.clip();
        s.beginGroup("data-points");
        points(s, frame, p, xs, ys, textScale);
        s.endGroup();
        List<CriticalPoint> optima = p.landscape().criticalPoints().stream()
                .filter(c -> c.kind().isMinimum()).toList();
        if (!optima.isEmpty()) {
            s.beginGroup("optimum-model");
            s.setStroke(OPTIMUM);
            s.setLineWidth(1.5 * textScale);
            s.setLineDashes(6 * textScale, 4 * textScale);
            stroke(s, frame, modelLine(p.landscape(), optima.get(0).x(), optima.get(0).y(), xRange, yRange));
            s.setLineDashes();
            s.endGroup();
        }
        for (DataPicture.Fit fit : p.fits()) {
            s.beginGroup("run-model");
            s.setStroke(fit.color());
            s.setLineWidth(2.5 * textScale);
            stroke(s, frame, modelLine(p.landscape(), fit.p1(), fit.p2(), xRange, yRange));
            s.endGroup();
        }
        s.restore();
        s.setStroke(FigureStyle.PANEL_BORDER);
        s.setLineWidth(1);
        s.strokeRect(area.x(), area.y(), area.width(), area.height());
    }

    /**
     * The model at (p1, p2) as a polyline in data coordinates within the given ranges: for the
     * regression models {@link #CURVE_POINTS} points (x, output) across the x range, without the
     * points where the output is not finite; for the logistic model the two ends of the decision
     * boundary z = 0 across the wider of its spans (none when z does not depend on the features).
     * The line may leave the y range; the painter clips it.
     *
     * @return the points as {x, y} pairs
     */
    public static List<double[]> modelLine(ModelLandscape f, double p1, double p2, double[] xRange,
                                           double[] yRange) {
        List<double[]> line = new ArrayList<>();
        if (f.model() == Model.LOGISTIC) {
            double a = f.output(p1, p2, 0, 0);
            double b = f.output(p1, p2, 1, 0) - a;
            double c = f.output(p1, p2, 0, 1) - a;
            if (Math.abs(c) >= Math.abs(b) && c != 0) {
                line.add(new double[] {xRange[0], -(a + b * xRange[0]) / c});
                line.add(new double[] {xRange[1], -(a + b * xRange[1]) / c});
            } else if (b != 0) {
                line.add(new double[] {-(a + c * yRange[0]) / b, yRange[0]});
                line.add(new double[] {-(a + c * yRange[1]) / b, yRange[1]});
            }
            return line;
        }
        for (int i = 0; i < CURVE_POINTS; i++) {
            double x = xRange[0] + (xRange[1] - xRange[0]) * i / (CURVE_POINTS - 1);
            double y = f.output(p1, p2, x);
            if (Double.isFinite(y)) {
                line.add(new double[] {x, y});
            }
        }
        return line;
    }

    /** The range of the values widened by 6% on each side (by 1 around a single value). */
    static double[] padded(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = hi > lo ? (hi - lo) * PAD : 1;
        return new double[] {lo - pad, hi + pad};
    }

    private static void axes(Sketch s, Frame frame, DataPicture p, double textScale, double height) {
        Box area = frame.area;
        s.setFont(FigureFont.regular(textScale, 11));
        s.setFill(FigureStyle.MUTED);
        s.setStroke(FigureStyle.MUTED);
        s.setLineWidth(1);
        s.setTextAlign(TextAlign.CENTER);
        s.setTextBaseline(TextBaseline.TOP);
        for (NiceTicks.Tick t : NiceTicks.linear(frame.xRange[0], frame.xRange[1], 6)) {
            double px = frame.px(t.value());
            s.strokeLine(px, area.bottom(), px, area.bottom() + 4 * textScale);
            s.fillText(t.label(), px, area.bottom() + 6 * textScale);
        }
        s.setTextAlign(TextAlign.RIGHT);
        s.setTextBaseline(TextBaseline.CENTER);
        for (NiceTicks.Tick t : NiceTicks.linear(frame.yRange[0], frame.yRange[1], 5)) {
            double py = frame.py(t.value());
            s.strokeLine(area.x() - 4 * textScale, py, area.x(), py);
            s.fillText(t.label(), area.x() - 6 * textScale, py);
        }
        s.setFill(FigureStyle.INK);
        s.setFont(FigureFont.regular(textScale, 12));
        s.setTextAlign(TextAlign.CENTER);
        s.setTextBaseline(TextBaseline.BOTTOM);
        s.fillText(p.xLabel(), area.x() + area.width() / 2, height - 3 * textScale);
        s.save();
        s.translate(14 * textScale, area.y() + area.height() / 2);
        s.rotate(-90);
        s.setTextBaseline(TextBaseline.CENTER);
        s.fillText(p.yLabel(), 0, 0);
        s.restore();
    }

    private static void points(Sketch s, Frame frame, DataPicture p, double[] xs, double[] ys, double textScale) {
        boolean classes = p.landscape().model() == Model.LOGISTIC;
        double[] labels = classes ? p.landscape().samples().column(2) : null;
        double r = 3.2 * textScale;
        for (int i = 0; i < xs.length; i++) {
            double px = frame.px(xs[i]);
            double py = frame.py(ys[i]);
            if (!classes) {
                s.setFill(POINT);
                s.fillOval(px - r, py - r, 2 * r, 2 * r);
            } else if (labels[i] >= 0.5) {
                s.setFill(CLASS_ONE);
                s.fillOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                s.setFill(CLASS_ZERO);
                s.fillRect(px - r, py - r, 2 * r, 2 * r);
            }
        }
        s.setStroke(FigureStyle.INK);
        s.setLineWidth(1.8 * textScale);
        double ring = 6 * textScale;
        for (int row : p.batch()) {
            s.strokeOval(frame.px(xs[row]) - ring, frame.py(ys[row]) - ring, 2 * ring, 2 * ring);
        }
    }

    private static void stroke(Sketch s, Frame frame, List<double[]> line) {
        if (line.size() < 2) {
            return;
        }
        s.beginPath();
        for (int i = 0; i < line.size(); i++) {
            double px = frame.px(line.get(i)[0]);
            double py = Math.max(-1e6, Math.min(1e6, frame.py(line.get(i)[1])));
            if (i == 0) {
                s.moveTo(px, py);
            } else {
                s.lineTo(px, py);
            }
        }
        s.stroke();
    }

    /** Data coordinates to sketch units. */
    private record Frame(Box area, double[] xRange, double[] yRange) {
        double px(double x) {
            return area.x() + (x - xRange[0]) / (xRange[1] - xRange[0]) * area.width();
        }

        double py(double y) {
            return area.bottom() - (y - yRange[0]) / (yRange[1] - yRange[0]) * area.height();
        }
    }
}
