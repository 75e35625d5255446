package org.downhill.ui.data;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.downhill.claim.Numbers;
import org.downhill.data.LargestLearningRate;
import org.downhill.ui.model.LrVsBatchViewModel;

/**
 * The largest good learning rate against the batch size, measured on demand
 * ({@link LrVsBatchViewModel}): a button, a bar per batch size whose length is the rate on a log
 * scale (from a tenth of the smallest measured rate to the largest), and the caption written from
 * the numbers.
 */
public final class LrBatchChart extends VBox {
    /** The widest bar, in pixels. */
    private static final double BAR = 150;
    private final LrVsBatchViewModel model;
    private final GridPane bars = new GridPane();
    private final Label caption = new Label();

    /** A chart of a measurement. */
    public LrBatchChart(LrVsBatchViewModel model) {
        this.model = model;
        setId("lr-batch-chart");
        setSpacing(6);
        Button measure = new Button("Measure");
        measure.setId("lr-batch-measure");
        measure.setTooltip(new Tooltip("For batch sizes 1, 4, 16, 64 and all rows, find the largest learning rate with"
                + " which " + LrVsBatchViewModel.EPOCHS + " epochs of the selected run's optimizer reach the minimum's"
                + " loss (within 5%) with each of " + LrVsBatchViewModel.REPEATS + " shuffled orders"));
        measure.disableProperty().bind(model.runningProperty());
        measure.setOnAction(e -> model.measure());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label what = new Label("largest good lr per batch size");
        what.getStyleClass().add("muted");
        HBox top = new HBox(6, measure, busy, what);
        top.setAlignment(Pos.CENTER_LEFT);
        bars.setHgap(6);
        bars.setVgap(3);
        caption.setId("lr-batch-caption");
        caption.setWrapText(true);
        caption.getStyleClass().add("muted");
        caption.setMinWidth(0);
        caption.setPrefWidth(1);
        caption.setMaxWidth(Double.MAX_VALUE);
        model.resultProperty().addListener((obs, old, now) -> show(now));
        show(model.resultProperty().get());
        getChildren().addAll(top, bars, caption);
    }

    private void show(LrVsBatchViewModel.Result r) {
        bars.getChildren().clear();
        if (r == null) {
            caption.setText("");
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (LargestLearningRate.Edge e : r.edges()) {
            if (!Double.isNaN(e.lr())) {
                lo = Math.min(lo, e.lr());
                hi = Math.max(hi, e.lr());
            }
        }
        double floor = Math.log10(lo / 10);
        double span = Math.log10(hi) - floor;
        int rows = r.request().landscape().rows();
        int i = 0;
        for (LargestLearningRate.Edge e : r.edges()) {
            Label size = new Label("B = " + LrVsBatchViewModel.sizeText(e, rows));
            Region bar = new Region();
            bar.getStyleClass().add("lr-batch-bar");
            bar.setStyle("-fx-background-color: #0072B2;");
            double w = Double.isNaN(e.lr()) ? 0 : BAR * (Math.log10(e.lr()) - floor) / span;
            bar.setMinSize(w, 12);
            bar.setPrefSize(w, 12);
            bar.setMaxSize(w, 12);
            Label value = new Label(Double.isNaN(e.lr()) ? "none" : Numbers.format(e.lr()));
            bars.addRow(i++, size, bar, value);
        }
        caption.setText(LrVsBatchViewModel.caption(r));
    }
}
