package org.downhill.ui.lr;

import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.downhill.diagnose.Regime;
import org.downhill.param.NumberText;
import org.downhill.render.NiceTicks;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Outcome;
import org.downhill.ui.Theme;
import org.downhill.ui.model.ViewOptions;

/**
 * The lr scan as a chart over the strip's axis (the same x as the track under it): the final loss
 * of the run at every scanned rate (log scale, above the landscape's lowest known value when that
 * is not 0; the scale spans the runs that do not diverge, and a diverging run's final loss above it
 * is a red tick at the top), the step at which it converged or diverged
 * (dots, right-hand scale 0 to the steps), the regime bands faintly behind, the current rate as a
 * line. Pointing reads the scan at the pointer; a click sets the rate there (3 significant digits).
 */
public final class LrScanChart extends Region {
    private static final double TOP = 20;
    private static final double BOTTOM = 6;
    private static final Color LOSS = Color.web("#1f2328");
    private static final Color STEP = Color.web("#6a1b9a");
    private final LrStripModel model;
    private final Canvas canvas = new Canvas();
    private double scale;
    private double hover = Double.NaN;

    /** A chart of the model's scan; {@code view} gives the text size. */
    public LrScanChart(LrStripModel model, ViewOptions view) {
        this.model = model;
        setId("lr-scan-chart");
        getStyleClass().add("lr-scan-chart");
        getChildren().add(canvas);
        for (Observable o : new Observable[] {model.axisProperty(), model.scanProperty(), model.lrProperty()}) {
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
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < scan.size(); i++) {
            double v = scan.outcome(i).finalLoss() - floor;
            if (v > 0 && Double.isFinite(v) && scan.outcome(i).regime() != Regime.DIVERGES) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
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
        gc.setLineWidth(2 * Math.max(1, scale * 0.8));
        gc.setStroke(LOSS);
        gc.beginPath();
        boolean drawing = false;
        for (int i = 0; i < scan.size(); i++) {
            Outcome o = scan.outcome(i);
            double x = LrStrip.INSET + model.x(scan.lr(i));
            double v = o.finalLoss() - floor;
            if (!Double.isFinite(v) || v > hi) {
                gc.setFill(Color.web("#D55E00"));
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
        }
        gc.stroke();
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
                + " (log, line); step converged or diverged (dots, right)", LrStrip.INSET, top - 3);
    }
}
