package org.downhill.ui.lr;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.downhill.rangetest.RangeTermination;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.render.NiceTicks;

/**
 * The range test's loss against its learning rate, both on log scales: the raw loss (thin, grey)
 * and the smoothed loss (thick), each measured above the test's floor (the landscape's lowest
 * known value), the rate where the test stopped early, and the suggestions. Points at or below
 * the floor are left out (a log scale has no place for them). While the test is shown live only
 * its first rows are drawn, on the axes of the whole test (so the curve grows, the axes stay).
 */
public final class RangeTestPlot extends Region {
    private static final Color SMOOTHED = Color.web("#0969da");
    private static final Color SUGGESTION = Color.web("#6a1b9a");
    private final Canvas canvas = new Canvas();
    private RangeTestResult result;
    private int rows;
    private List<LrMark> marks = List.of();
    private double scale = 1;

    /** An empty plot. */
    public RangeTestPlot() {
        getStyleClass().add("range-test-plot");
        setId("range-test-plot");
        getChildren().add(canvas);
        setMinHeight(200);
        setPrefHeight(260);
    }

    /** Shows the rows of a test so far (null: none) and, once it is done, its suggestions. */
    public void show(RangeTestProgress p, List<LrMark> suggestions) {
        result = p == null ? null : p.result();
        rows = p == null ? 0 : p.rows();
        marks = p != null && p.done() ? List.copyOf(suggestions) : List.of();
        draw();
    }

    /** Sets the text size (1: normal); the margins grow with it. */
    public void setTextScale(double textScale) {
        scale = textScale;
        draw();
    }

    private double left() {
        return 64 * scale;
    }

    private double right() {
        return 16 * scale;
    }

    private double top() {
        return 26 * scale;
    }

    private double bottom() {
        return 40 * scale;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(snapSizeX(getWidth()));
        canvas.setHeight(snapSizeY(getHeight()));
        draw();
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        gc.setFont(Font.font("System", 13 * scale));
        gc.setFill(Color.gray(0.3));
        if (result == null || result.rows() < 2) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(result == null ? "Run the test to see the loss against the learning rate"
                    : "The test stopped after " + result.rows() + " row: nothing to plot", w / 2, h / 2);
            return;
        }
        double floor = result.floor();
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = 0;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = 0;
        for (int i = 0; i < result.rows(); i++) {
            xLo = Math.min(xLo, result.lr(i));
            xHi = Math.max(xHi, result.lr(i));
            for (double v : new double[] {result.loss(i) - floor, result.smoothed(i) - floor}) {
                if (v > 0 && Double.isFinite(v)) {
                    yLo = Math.min(yLo, v);
                    yHi = Math.max(yHi, v);
                }
            }
        }
        if (!(xHi > xLo) || !(yHi > yLo)) {
            yHi = yLo * 10;
        }
        double pw = w - left() - right();
        double ph = h - top() - bottom();
        Mapping m = new Mapping(Math.log10(xLo), Math.log10(xHi), Math.log10(yLo), Math.log10(yHi), pw, ph);
        axes(gc, m, xLo, xHi, yLo, yHi, w, h);
        series(gc, m, floor, false);
        series(gc, m, floor, true);
        if (rows == result.rows() && result.termination() != RangeTermination.COMPLETED) {
            double x = left() + m.x(result.lr(result.rows() - 1));
            gc.setStroke(Color.web("#D55E00"));
            gc.setLineWidth(2);
            gc.strokeLine(x, top(), x, top() + ph);
            gc.setFill(Color.web("#D55E00"));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("stopped here", x - 4, top() + ph - 4);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        int row = 0;
        for (LrMark mark : marks) {
            double x = left() + m.x(mark.lr());
            if (x < left() || x > left() + pw) {
                continue;
            }
            gc.setStroke(SUGGESTION);
            gc.setLineWidth(1.5);
            gc.setLineDashes(5, 4);
            gc.strokeLine(x, top(), x, top() + ph);
            gc.setLineDashes((double[]) null);
            double y = top() + 4 + 16 * scale * row++;
            double half = (mark.label().length() * 3.6 + 3) * scale;
            gc.setFill(Color.WHITE);
            gc.fillRect(x - half, y, 2 * half, 15 * scale);
            gc.setFill(SUGGESTION);
            gc.fillText(mark.label(), x, y);
        }
    }

    private void series(GraphicsContext gc, Mapping m, double floor, boolean smoothed) {
        gc.setStroke(smoothed ? SMOOTHED : Color.gray(0.55));
        gc.setLineWidth(smoothed ? 2.5 : 1);
        boolean drawing = false;
        gc.beginPath();
        for (int i = 0; i < rows; i++) {
            double v = (smoothed ? result.smoothed(i) : result.loss(i)) - floor;
            if (!(v > 0) || !Double.isFinite(v)) {
                drawing = false;
                continue;
            }
            double x = left() + m.x(result.lr(i));
            double y = top() + m.y(v);
            if (drawing) {
                gc.lineTo(x, y);
            } else {
                gc.moveTo(x, y);
                drawing = true;
            }
        }
        gc.stroke();
    }

    private void axes(GraphicsContext gc, Mapping m, double xLo, double xHi, double yLo, double yHi, double w,
                      double h) {
        double pw = w - left() - right();
        double ph = h - top() - bottom();
        gc.setStroke(Color.gray(0.6));
        gc.setLineWidth(1);
        gc.strokeRect(left(), top(), pw, ph);
        gc.setFill(Color.gray(0.2));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (NiceTicks.Tick t : NiceTicks.log(xLo, xHi, (int) Math.max(2, pw / (70 * scale)))) {
            double x = left() + m.x(t.value());
            gc.strokeLine(x, top() + ph, x, top() + ph + (t.major() ? 5 : 3));
            if (t.major()) {
                gc.fillText(t.label(), x, top() + ph + 6 * scale);
            }
        }
        gc.fillText("learning rate (log)", left() + pw / 2, h - 16 * scale);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (NiceTicks.Tick t : NiceTicks.log(yLo, yHi, (int) Math.max(2, ph / (30 * scale)))) {
            double y = top() + m.y(t.value());
            gc.strokeLine(left() - (t.major() ? 5 : 3), y, left(), y);
            if (t.major()) {
                gc.fillText(t.label(), left() - 7, y);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText((result.path().batched() ? "batch loss" : result.floor() != 0 ? "loss above the lowest known value"
                : "loss") + " (log): raw (grey), smoothed (blue)", left(), top() - 4);
    }

    /** Log-log mapping into the plot area. */
    private record Mapping(double xLo, double xHi, double yLo, double yHi, double width, double height) {
        double x(double lr) {
            return (Math.log10(lr) - xLo) / (xHi - xLo) * width;
        }

        double y(double v) {
            return height - (Math.log10(v) - yLo) / (yHi - yLo) * height;
        }
    }
}
