package org.downhill.ui.lr;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.downhill.diagnose.Regime;
import org.downhill.param.NumberText;
import org.downhill.render.NiceTicks;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Outcome;
import org.downhill.ui.Theme;
import org.downhill.ui.model.ViewOptions;

/**
 * The lr scan as a chart over the strip's axis (the same x as the track under it): for every
 * visible run ({@link ScanLinesModel}) a line in its colour of its final loss at every scanned rate
 * (log scale, above the landscape's lowest known value when that is not 0; the scale spans the
 * runs that do not diverge, and a diverging run's final loss above it is a tick at the top in its
 * colour), labelled with the run's name at its right end (labels pushed apart so none overlap);
 * for the selected run also the step at which it converged or diverged (dots, right-hand scale 0
 * to the steps) and the regime bands faintly behind; the current rate as a line. Pointing reads
 * the selected run's scan at the pointer; a click sets the rate there (3 significant digits).
 */
public final class LrScanChart extends Region {
    private static final double TOP = 20;
    private static final double BOTTOM = 6;
    private static final Color STEP = Color.web("#6a1b9a");
    private final LrStripModel model;
    private final ScanLinesModel lines;
    private final Canvas canvas = new Canvas();
    private double scale;
    private double hover = Double.NaN;

    /** A chart of the strip's scan and the other visible runs' {@code lines}; {@code view} gives the text size. */
    public LrScanChart(LrStripModel model, ScanLinesModel lines, ViewOptions view) {
        this.model = model;
        this.lines = lines;
        setId("lr-scan-chart");
        getStyleClass().add("lr-scan-chart");
        getChildren().add(canvas);
        for (Observable o : new Observable[] {model.axisProperty(), model.scanProperty(), model.lrProperty(),
            lines.linesProperty()}) {
            o.addListener(x -> draw());
        }
        scale = view.textScaleProperty().get();
        view.textScaleProperty().addListener((obs, old, now) -> {
            scale = now.doubleValue();
            requestLayout();
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hover = e.getX() - LrStrip.INSET;
            draw();
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover = Double.NaN;
            draw();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            double x = e.getX() - LrStrip.INSET;
            if (x >= 0 && x <= model.width()) {
                model.setLr(NumberText.round(model.lrAt(x), 3));
            }
        });
    }

    private double font() {
        return Theme.BASE_FONT_SIZE * scale * 0.85;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 120 * scale;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
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
        LrScan scan = model.scanProperty().get();
        LrAxis axis = model.axis();
        if (scan == null || axis == null || w <= 2 * LrStrip.INSET) {
            return;
        }
        double top = TOP * scale;
        double ph = h - top - BOTTOM;
        double floor = model.lowestKnownValue();
        List<ScanLinesModel.Line> shown = lines.linesProperty().get();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (LrScan each : scansOf(scan, shown)) {
            for (int i = 0; i < each.size(); i++) {
                double v = each.outcome(i).finalLoss() - floor;
                if (v > 0 && Double.isFinite(v) && each.outcome(i).regime() != Regime.DIVERGES) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            lo = hi > 0 ? hi / 10 : 1e-6;
            hi = lo * 100;
        }
        double logLo = Math.log10(lo);
        double logHi = Math.log10(hi);
        gc.setFill(Color.WHITE);
        gc.fillRect(LrStrip.INSET, top, model.width(), ph);
        for (int i = 0; i < scan.size(); i++) {
            double left = i == 0 ? model.x(scan.lr(0)) : (model.x(scan.lr(i - 1)) + model.x(scan.lr(i))) / 2;
            double right = i == scan.size() - 1 ? model.x(scan.lr(i)) : (model.x(scan.lr(i)) + model.x(scan.lr(i + 1))) / 2;
            Color c = RegimeColors.of(scan.outcome(i).regime());
            gc.setFill(new Color(c.getRed(), c.getGreen(), c.getBlue(), 0.28));
            gc.fillRect(LrStrip.INSET + Math.max(0, left), top, Math.max(0, Math.min(model.width(), right) - Math.max(0, left)) + 0.5, ph);
        }
        gc.setStroke(Color.gray(0.6));
        gc.setLineWidth(1);
        gc.strokeRect(LrStrip.INSET, top, model.width(), ph);
        Font f = Font.font("System", font());
        gc.setFont(f);
        gc.setFill(Color.gray(0.25));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (NiceTicks.Tick t : NiceTicks.log(lo, hi * 1.0000001, (int) Math.max(2, ph / (font() * 2)))) {
            double y = top + ph - (Math.log10(t.value()) - logLo) / (logHi - logLo) * ph;
            if (t.major() && y > top + font() / 2 && y < top + ph - font() / 2) {
                gc.setStroke(Color.gray(0.75));
                gc.strokeLine(LrStrip.INSET, y, LrStrip.INSET + model.width(), y);
                gc.fillText(t.label(), LrStrip.INSET + 3, y);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("0", LrStrip.INSET + model.width() + 3, top + ph);
        gc.fillText(Integer.toString(model.steps()), LrStrip.INSET + model.width() + 3, top);
        List<Label> labels = new ArrayList<>();
        boolean named = shown.size() > 1;
        for (int k = shown.size() - 1; k >= 0; k--) {
            ScanLinesModel.Line l = shown.get(k);
            if (!l.selected()) {
                labels.add(line(gc, l.scan(), l.color(), named ? l.name() : "", false, floor, lo, hi, top, ph));
            }
        }
        ScanLinesModel.Line own = shown.stream().filter(ScanLinesModel.Line::selected).findFirst().orElse(null);
        labels.add(line(gc, scan, own == null ? Color.BLACK : own.color(), named && own != null ? own.name() : "",
                true, floor, lo, hi, top, ph));
        labels(gc, labels, top, ph);
        gc.setFill(STEP);
        double dot = 3 * scale;
        for (int i = 0; i < scan.size(); i++) {
            int step = scan.outcome(i).eventStep();
            if (step >= 0) {
                double x = LrStrip.INSET + model.x(scan.lr(i));
                double y = top + ph - (double) step / Math.max(1, model.steps()) * ph;
                gc.fillOval(x - dot / 2, y - dot / 2, dot, dot);
            }
        }
        double rate = model.lrProperty().get();
        if (rate > 0 && axis.contains(rate)) {
            double x = LrStrip.INSET + model.x(rate);
            gc.setStroke(Color.web("#0969da"));
            gc.setLineWidth(2);
            gc.strokeLine(x, top, x, top + ph);
        }
        boolean pointing = hover >= 0 && hover <= model.width();
        if (pointing) {
            double x = LrStrip.INSET + hover;
            gc.setStroke(Color.gray(0.35));
            gc.setLineWidth(1);
            gc.setLineDashes(3, 3);
            gc.strokeLine(x, top, x, top + ph);
            gc.setLineDashes((double[]) null);
        }
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(pointing ? Color.BLACK : Color.gray(0.2));
        gc.fillText(pointing ? model.readout(hover) : "final loss" + (floor != 0 ? " above " + NumberText.short3(floor) : "")
                + " (log, a line per visible run); step the selected run converged or diverged (dots, right)",
                LrStrip.INSET, top - 3);
    }

    private static List<LrScan> scansOf(LrScan own, List<ScanLinesModel.Line> shown) {
        List<LrScan> all = new ArrayList<>();
        all.add(own);
        shown.forEach(l -> all.add(l.scan()));
        return all;
    }

    /** A line's name at its last drawn point (y in pixels), in its colour; empty name: none. */
    private record Label(String name, Color color, double x, double y) {
    }

    /**
     * Draws one scan's final losses as a line in {@code color} (thicker for the selected run), a
     * tick at the top where the loss is above the scale, and returns where its name goes.
     */
    private Label line(GraphicsContext gc, LrScan scan, Color color, String name, boolean selected, double floor,
                       double lo, double hi, double top, double ph) {
        double logLo = Math.log10(lo);
        double logHi = Math.log10(hi);
        gc.setLineWidth((selected ? 2.5 : 1.6) * Math.max(1, scale * 0.8));
        gc.setStroke(color);
        gc.beginPath();
        boolean drawing = false;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < scan.size(); i++) {
            Outcome o = scan.outcome(i);
            double x = LrStrip.INSET + model.x(scan.lr(i));
            double v = o.finalLoss() - floor;
            if (!Double.isFinite(v) || v > hi) {
                gc.setFill(color);
                gc.fillRect(x - 1, top, 2, 4 * scale);
                drawing = false;
                continue;
            }
            double y = top + ph - (Math.log10(Math.max(v, lo)) - logLo) / (logHi - logLo) * ph;
            if (drawing) {
                gc.lineTo(x, y);
            } else {
                gc.moveTo(x, y);
                drawing = true;
            }
            lastX = x;
            lastY = y;
        }
        gc.stroke();
        return new Label(name, color, lastX, lastY);
    }

    /**
     * Writes the lines' names left of their last points, top to bottom, each pushed down below the
     * one above (and the lowest ones up, inside the plot) so that no two overlap.
     */
    private void labels(GraphicsContext gc, List<Label> all, double top, double ph) {
        List<Label> named = all.stream().filter(l -> !l.name().isEmpty() && Double.isFinite(l.y()))
                .sorted(java.util.Comparator.comparingDouble(Label::y)).toList();
        double line = font() * 1.2;
        double[] y = new double[named.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(named.get(i).y() - line / 2, i == 0 ? top + line / 2 : y[i - 1] + line);
        }
        for (int i = y.length - 1; i >= 0; i--) {
            y[i] = Math.min(y[i], i == y.length - 1 ? top + ph - line / 2 : y[i + 1] - line);
        }
        gc.setFont(Font.font("System", FontWeight.BOLD, font()));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(3);
        for (int i = 0; i < y.length; i++) {
            Label l = named.get(i);
            double x = Math.max(l.x() - 6, LrStrip.INSET + 120 * scale);
            gc.setStroke(Color.WHITE);
            gc.strokeText(l.name(), x, y[i]);
            gc.setFill(l.color());
            gc.fillText(l.name(), x, y[i]);
        }
    }
}
