package org.downhill.ui.lr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.downhill.diagnose.Regime;
import org.downhill.render.NiceTicks;
import org.downhill.sweep.Outcome;
import org.downhill.sweep.StabilityMap;

/**
 * The stability map in its own window: a cell per learning rate (log, across) and momentum (up),
 * coloured by its regime and darker the lower its final loss (log scale over the cells that do not
 * diverge), the theoretical edges {@code lr = 2(1+beta)/lambda} as white lines where they are known,
 * the run's setting as a ring; pointing reads a cell, a click sets the run to it. Progress and
 * cancel while it computes.
 */
public final class StabilityMapWindow {
    private static final double LEFT = 56;
    private static final double BOTTOM = 36;
    private static final double TOP = 8;
    private static final double RIGHT = 12;
    private final StabilityMapModel model;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    private final Label readout = new Label(" ");

    /** The window over a model, owned by {@code owner} and styled as it is. */
    public StabilityMapWindow(StabilityMapModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Stability map");
        Button compute = new Button("Compute for the selected run");
        compute.setId("map-compute");
        compute.setOnAction(e -> model.compute());
        Button cancel = new Button("Cancel");
        cancel.setId("map-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.computingProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.computingProperty());
        Label message = new Label();
        message.getStyleClass().add("param-error");
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(8, compute, cancel, bar, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        readout.setId("map-readout");
        Pane plot = new Pane(canvas);
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener(x -> draw());
        canvas.heightProperty().addListener(x -> draw());
        VBox.setVgrow(plot, Priority.ALWAYS);
        Label key = new Label("Colour: the regime, as on the strip; darker: a lower final loss. White line: the edge"
                + " lr = 2(1+β)/λ for each curvature λ (SGD on a quadratic). Ring: the run's setting."
                + " Click a cell to use it.");
        key.setWrapText(true);
        key.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(8, actions, plot, readout, key);
        root.setPadding(new Insets(12));
        model.mapProperty().addListener(x -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int[] c = cell(e.getX(), e.getY());
            readout.setText(c == null ? " " : model.readout(c[0], c[1]));
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] c = cell(e.getX(), e.getY());
            if (c != null) {
                model.choose(c[0], c[1]);
                draw();
            }
        });
        Scene scene = new Scene(root, 760, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /** Shows the window in front and computes the map if there is none. */
    public void show() {
        stage.show();
        stage.toFront();
        if (model.mapProperty().get() == null) {
            model.compute();
        }
    }

    /** The cell under (x, y), or null. */
    private int[] cell(double x, double y) {
        StabilityMap m = model.mapProperty().get();
        double w = canvas.getWidth() - LEFT - RIGHT;
        double h = canvas.getHeight() - TOP - BOTTOM;
        if (m == null || x < LEFT || x >= LEFT + w || y < TOP || y >= TOP + h) {
            return null;
        }
        return new int[] {(int) ((x - LEFT) / w * m.lrCount()), (int) ((TOP + h - y) / h * m.momentumCount())};
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        gc.clearRect(0, 0, cw, ch);
        StabilityMap m = model.mapProperty().get();
        if (m == null) {
            return;
        }
        double w = cw - LEFT - RIGHT;
        double h = ch - TOP - BOTTOM;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m.momentumCount(); j++) {
            for (int i = 0; i < m.lrCount(); i++) {
                Outcome o = m.outcome(i, j);
                if (o.regime() != Regime.DIVERGES && o.finalLoss() > 0 && Double.isFinite(o.finalLoss())) {
                    lo = Math.min(lo, Math.log10(o.finalLoss()));
                    hi = Math.max(hi, Math.log10(o.finalLoss()));
                }
            }
        }
        double dx = w / m.lrCount();
        double dy = h / m.momentumCount();
        for (int j = 0; j < m.momentumCount(); j++) {
            for (int i = 0; i < m.lrCount(); i++) {
                Outcome o = m.outcome(i, j);
                Color c = RegimeColors.of(o.regime());
                if (o.regime() != Regime.DIVERGES && hi > lo && o.finalLoss() > 0) {
                    double t = (Math.log10(o.finalLoss()) - lo) / (hi - lo);
                    c = c.deriveColor(0, 1, 0.55 + 0.45 * Math.max(0, Math.min(1, t)), 1);
                }
                gc.setFill(c);
                gc.fillRect(LEFT + i * dx, TOP + h - (j + 1) * dy, dx + 0.5, dy + 0.5);
            }
        }
        double logLo = Math.log10(m.lr(0));
        double logHi = Math.log10(m.lr(m.lrCount() - 1));
        double beta0 = m.momentum(0);
        double beta1 = m.momentum(m.momentumCount() - 1);
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP, w, h);
        gc.clip();
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        double[][] edges = new double[101][];
        for (int j = 0; j <= 100; j++) {
            edges[j] = model.edges(beta0 + (beta1 - beta0) * j / 100);
        }
        for (int k = 0; k < edges[0].length; k++) {
            gc.beginPath();
            for (int j = 0; j <= 100; j++) {
                double x = LEFT + (Math.log10(edges[j][k]) - logLo) / (logHi - logLo) * w;
                double y = TOP + h - j / 100.0 * h;
                if (j == 0) {
                    gc.moveTo(x, y);
                } else {
                    gc.lineTo(x, y);
                }
            }
            gc.stroke();
        }
        gc.restore();
        double beta = model.momentum();
        double rate = model.lr();
        if (rate > 0 && beta >= beta0 && beta <= beta1) {
            double x = LEFT + (Math.log10(rate) - logLo) / (logHi - logLo) * w;
            double y = TOP + h - (beta - beta0) / (beta1 - beta0) * h;
            gc.setStroke(Color.BLACK);
            gc.setLineWidth(3);
            gc.strokeOval(x - 7, y - 7, 14, 14);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5);
            gc.strokeOval(x - 7, y - 7, 14, 14);
        }
        gc.setFont(Font.font("System", 13));
        gc.setFill(Color.gray(0.2));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (NiceTicks.Tick t : NiceTicks.log(m.lr(0), m.lr(m.lrCount() - 1), (int) Math.max(2, w / 80))) {
            if (t.major()) {
                gc.fillText(t.label(), LEFT + (Math.log10(t.value()) - logLo) / (logHi - logLo) * w, TOP + h + 4);
            }
        }
        gc.fillText("learning rate (log)", LEFT + w / 2, TOP + h + 19);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (NiceTicks.Tick t : NiceTicks.linear(beta0, beta1, 5)) {
            gc.fillText(t.label(), LEFT - 6, TOP + h - (t.value() - beta0) / (beta1 - beta0) * h);
        }
        gc.save();
        gc.translate(14, TOP + h / 2);
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(m.axis(), 0, 0);
        gc.restore();
    }
}
