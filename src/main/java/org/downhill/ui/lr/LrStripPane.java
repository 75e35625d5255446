package org.downhill.ui.lr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.RangeSlider;
import org.downhill.diagnose.Regime;
import org.downhill.param.NumberText;
import org.downhill.ui.model.ViewOptions;

/**
 * The learning-rate strip with its controls: a title, the typed value (a refused one says why in
 * place of the legend, so nothing below moves), the legend of the regimes, the track
 * ({@link LrStrip}) with the scan chart ({@link LrScanChart}) over it when asked for, and under it
 * zoom buttons and a range slider over the decades shown (at most one decade per 100 px of track).
 */
public final class LrStripPane extends VBox {
    private final LrStripModel model;
    private final TextField field = new TextField();
    private final RangeSlider range = new RangeSlider();
    private final HBox zoom;
    private boolean updating;

    /** The strip of a model, its scan chart showing {@code lines}; {@code view} gives the text size. */
    public LrStripPane(LrStripModel model, ScanLinesModel lines, ViewOptions view) {
        this.model = model;
        getStyleClass().add("lr-strip-pane");
        setId("lr-strip-pane");
        setSpacing(2);
        setPadding(new Insets(4, 8, 4, 8));
        Label title = new Label("Learning rate");
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        field.setId("lr-strip-field");
        field.setPrefColumnCount(7);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setTooltip(new Tooltip("The selected run's learning rate: type a value and press Enter"));
        field.setOnAction(e -> model.type(field.getText()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.type(field.getText());
                showLr();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showLr();
            }
        });
        Label error = new Label();
        error.setId("lr-strip-error");
        error.getStyleClass().add("param-error");
        error.textProperty().bind(model.errorProperty());
        FlowPane legend = legend();
        legend.visibleProperty().bind(model.errorProperty().isEmpty());
        error.visibleProperty().bind(model.errorProperty().isEmpty().not());
        StackPane note = new StackPane(legend, error);
        note.setAlignment(Pos.CENTER_LEFT);
        note.setMinWidth(0);
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox header = new HBox(8, title, field, note);
        header.setAlignment(Pos.CENTER_LEFT);

        LrStrip strip = new LrStrip(model, view);
        Button narrower = new Button("+");
        narrower.getStyleClass().add("lr-zoom");
        narrower.setId("lr-zoom-in");
        narrower.setTooltip(new Tooltip("Show fewer decades: finer control"));
        narrower.setOnAction(e -> model.zoomIn());
        Button wider = new Button("−");
        wider.getStyleClass().add("lr-zoom");
        wider.setId("lr-zoom-out");
        wider.setTooltip(new Tooltip("Show more decades (at most one per 100 pixels)"));
        wider.setOnAction(e -> model.zoomOut());
        range.setId("lr-range");
        range.setTooltip(new Tooltip("The decades the strip shows, out of 1e-7 to 100"));
        HBox.setHgrow(range, Priority.ALWAYS);
        zoom = new HBox(6, wider, narrower, range);
        zoom.setAlignment(Pos.CENTER_LEFT);
        LrScanChart chart = new LrScanChart(model, lines, view);
        lines.activeProperty().bind(chart.visibleProperty());
        ToggleButton showChart = new ToggleButton("Scan chart");
        showChart.setId("lr-scan-toggle");
        showChart.setTooltip(new Tooltip("The final loss and the step of convergence or divergence at every rate of"
                + " the strip"));
        chart.visibleProperty().bind(showChart.selectedProperty());
        chart.managedProperty().bind(showChart.selectedProperty());
        zoom.getChildren().add(showChart);
        getChildren().addAll(header, chart, strip, zoom);

        model.lrProperty().addListener((obs, old, now) -> {
            if (!field.isFocused()) {
                showLr();
            }
        });
        showLr();
        model.axisProperty().addListener((obs, old, now) -> showRange());
        model.outerProperty().addListener((obs, old, now) -> showRange());
        showRange();
        range.lowValueProperty().addListener((obs, old, now) -> rangeMoved());
        range.highValueProperty().addListener((obs, old, now) -> rangeMoved());
    }

    /** Adds a control at the right end of the row under the track (e.g. the buttons of the other tools). */
    public void addTool(javafx.scene.Node node) {
        zoom.getChildren().add(node);
    }

    private void showLr() {
        double rate = model.lrProperty().get();
        field.setText(Double.isNaN(rate) ? "" : NumberText.of(rate));
    }

    private void showRange() {
        LrAxis a = model.axis();
        LrAxis outer = model.outerProperty().get();
        if (a == null) {
            return;
        }
        updating = true;
        try {
            range.setMin(outer.lo());
            range.setMax(outer.hi());
            if (a.lo() > range.getHighValue()) {
                range.setHighValue(a.hi());
                range.setLowValue(a.lo());
            } else {
                range.setLowValue(a.lo());
                range.setHighValue(a.hi());
            }
        } finally {
            updating = false;
        }
    }

    private void rangeMoved() {
        if (!updating) {
            model.setRange(range.getLowValue(), range.getHighValue());
            showRange();
        }
    }

    /** The regimes' colours; it wraps onto a second line rather than being cut off at large text. */
    private static FlowPane legend() {
        FlowPane legend = new FlowPane(8, 2);
        legend.setId("lr-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Regime r : new Regime[] {Regime.SLOW, Regime.CONVERGES, Regime.CONVERGES_OSCILLATING,
                Regime.OSCILLATES, Regime.DIVERGES}) {
            Rectangle chip = new Rectangle(12, 12, RegimeColors.of(r));
            chip.setStroke(javafx.scene.paint.Color.gray(0.4));
            Label l = new Label(RegimeColors.words(r), chip);
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        return legend;
    }
}
