package org.downhill.ui.lr;

import java.util.List;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.downhill.render.NiceTicks;
import org.downhill.sweep.LrScan;
import org.downhill.ui.KeyboardShortcuts;
import org.downhill.ui.Theme;
import org.downhill.ui.model.ViewOptions;

/**
 * The learning-rate track: the regime of the run at each rate of the scan as coloured bands, the
 * marks 1/L, 2/L (and the momentum edge) above them, a range test's suggestions below them, the
 * decades under the track, and the thumb at the run's learning rate. Press, drag (Shift: ten
 * times finer) and the arrow keys (1/100 of a decade; with Shift 1/10) set the rate through the
 * {@link LrStripModel}. Its height is fixed, so nothing moves while dragging.
 */
public final class LrStrip extends Region {
    /** The space left and right of the track, for the labels at its ends. */
    static final double INSET = 36;
    private final LrStripModel model;
    private final ViewOptions view;
    private final Canvas canvas = new Canvas();
    private double scale = 1;

    /** A track over the model; {@code view} gives the text size. */
    public LrStrip(LrStripModel model, ViewOptions view) {
        this.model = model;
        this.view = view;
        getStyleClass().addAll("lr-strip", KeyboardShortcuts.OWNS_ARROW_KEYS);
        setId("lr-strip");
        setFocusTraversable(true);
        getChildren().add(canvas);
        for (Observable o : new Observable[] {model.axisProperty(), model.scanProperty(), model.lrProperty(),
                model.theoryProperty(), model.suggestionsProperty(), model.draggingProperty(), focusedProperty()}) {
            o.addListener(x -> draw());
        }
        view.textScaleProperty().addListener((obs, old, now) -> {
            scale = now.doubleValue();
            requestLayout();
        });
        scale = view.textScaleProperty().get();
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            model.press(e.getX() - INSET);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> model.dragTo(e.getX() - INSET, e.isShiftDown()));
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.release());
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        int step = e.isShiftDown() ? 10 : 1;
        if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP) {
            model.nudge(step);
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN) {
            model.nudge(-step);
            e.consume();
        }
    }

    /** The height of a line of the strip's text. */
    private double font() {
        return Theme.BASE_FONT_SIZE * scale * 0.9;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 3.9 * font() + 28 * scale;
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
    protected double computePrefWidth(double height) {
        return 400 + 2 * INSET;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        model.setWidth(w - 2 * INSET);
        draw();
    }

    /** The top of the bands, under the row of the theory marks' labels. */
    private double bandTop() {
        return 1.4 * font();
    }

    private double bandHeight() {
        return 22 * scale;
    }

    private void draw() {
        LrAxis axis = model.axis();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (axis == null || w <= 2 * INSET) {
            return;
        }
        double top = bandTop();
        double bh = bandHeight();
        gc.setFill(Color.gray(0.85));
        gc.fillRect(INSET, top, w - 2 * INSET, bh);
        LrScan scan = model.scanProperty().get();
        if (scan != null) {
            bands(gc, scan, top, bh, w);
        }
        gc.setStroke(isFocused() ? Color.web("#0969da") : Color.gray(0.45));
        gc.setLineWidth(isFocused() ? 2 : 1);
        gc.strokeRect(INSET, top, w - 2 * INSET, bh);
        ticks(gc, axis, top + bh);
        Font small = Font.font("System", font() * 0.92);
        marks(gc, model.theoryProperty().get(), top, top + bh, true, Font.font("System", FontWeight.BOLD, font()));
        marks(gc, model.suggestionsProperty().get(), top, top + bh, false, small);
        thumb(gc, top, bh);
    }

    private void bands(GraphicsContext gc, LrScan scan, double top, double bh, double w) {
        for (int i = 0; i < scan.size(); i++) {
            double left = i == 0 ? model.x(scan.lr(0)) : (model.x(scan.lr(i - 1)) + model.x(scan.lr(i))) / 2;
            double right = i == scan.size() - 1 ? model.x(scan.lr(i)) : (model.x(scan.lr(i)) + model.x(scan.lr(i + 1))) / 2;
            double l = Math.max(0, left);
            double r = Math.min(w - 2 * INSET, right);
            if (r > l) {
                gc.setFill(RegimeColors.of(scan.outcome(i).regime()));
                gc.fillRect(INSET + l, top, r - l + 0.5, bh);
            }
        }
    }

    private void ticks(GraphicsContext gc, LrAxis axis, double y) {
        Font f = Font.font("System", font() * 0.92);
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        int target = (int) Math.max(2, model.width() / (font() * 5));
        for (NiceTicks.Tick t : NiceTicks.log(Math.pow(10, axis.lo()), Math.pow(10, axis.hi()), target)) {
            double x = INSET + model.x(t.value());
            gc.setStroke(Color.gray(0.3));
            gc.setLineWidth(1);
            gc.strokeLine(x, y, x, y + (t.major() ? 5 : 3) * scale);
            if (t.major() || axis.span() < 1.5) {
                gc.setFill(Color.gray(t.major() ? 0.15 : 0.4));
                gc.fillText(t.label(), x, y + 6 * scale);
            }
        }
    }

    /** Theory marks: a dark line through the bands, labelled above; suggestions: a dashed line, labelled below. */
    private void marks(GraphicsContext gc, List<LrMark> marks, double top, double bottom, boolean above, Font f) {
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (LrMark m : marks.stream().sorted(java.util.Comparator.comparingDouble(LrMark::lr)).toList()) {
            double x = model.x(m.lr());
            if (x < 0 || x > model.width()) {
                continue;
            }
            x += INSET;
            gc.setStroke(above ? Color.BLACK : Color.web("#6a1b9a"));
            gc.setLineWidth(2 * Math.max(1, scale * 0.8));
            gc.setLineDashes(above ? null : new double[] {4 * scale, 3 * scale});
            gc.strokeLine(x, top - (above ? 3 : 0), x, bottom + (above ? 0 : 3));
            gc.setLineDashes((double[]) null);
            double textWidth = m.label().length() * font() * 0.55;
            double tx = Math.max(x, lastRight + textWidth / 2 + 4);
            gc.setFill(above ? Color.BLACK : Color.web("#6a1b9a"));
            if (above) {
                gc.setTextBaseline(VPos.BOTTOM);
                gc.fillText(m.label(), tx, top - 3);
            } else {
                gc.setTextBaseline(VPos.TOP);
                gc.fillText(m.label(), tx, bottom + 6 * scale + 1.15 * font());
            }
            lastRight = tx + textWidth / 2;
        }
    }

    private void thumb(GraphicsContext gc, double top, double bh) {
        double rate = model.lrProperty().get();
        if (!(rate > 0) || !model.axis().contains(rate)) {
            return;
        }
        double x = INSET + model.x(rate);
        double half = 5 * scale;
        gc.setFill(Color.WHITE);
        gc.fillRect(x - half - 2, top - 4, 2 * half + 4, bh + 8);
        gc.setFill(model.draggingProperty().get() ? Color.web("#0969da") : Color.web("#1f2328"));
        gc.fillRect(x - half, top - 2, 2 * half, bh + 4);
        gc.setFill(Color.WHITE);
        gc.fillRect(x - 1, top + 3, 2, bh - 6);
    }
}
