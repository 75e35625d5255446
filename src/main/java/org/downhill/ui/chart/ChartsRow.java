package org.downhill.ui.chart;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.downhill.figure.sketch.Sketch;
import org.downhill.render.chart.Metric;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunsWatcher;

/**
 * The charts under the landscape, side by side: loss, learning rate and gradient norm against the
 * step. They share the hovered step, so pointing at one shows the values at that step in all
 * three. On a model on data the loss chart also draws each run's noisy batch loss, thin, under
 * its full-data loss, and the ends of the selected run's epochs. Watches the runs (and the
 * selection, whose epochs are ticked) and redraws the lines only after a change.
 */
public final class ChartsRow extends HBox {
    private final SeriesChart[] charts;
    private final InvalidationListener changed = o -> invalidate();

    /** The charts of a lab's runs. */
    public ChartsRow(LabViewModel lab) {
        IntegerProperty hoverStep = new SimpleIntegerProperty(-1);
        Metric[] metrics = Metric.values();
        charts = new SeriesChart[metrics.length];
        for (int i = 0; i < metrics.length; i++) {
            charts[i] = new SeriesChart(lab, metrics[i], hoverStep);
            HBox.setHgrow(charts[i], Priority.ALWAYS);
            charts[i].setPrefWidth(100);
        }
        getChildren().addAll(charts);
        getStyleClass().add("charts-row");
        setId("charts");
        for (Observable o : new Observable[] {lab.landscapeProperty(), lab.stepsProperty(),
                lab.view().textScaleProperty(), lab.selectedProperty()}) {
            o.addListener(changed);
        }
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.trajectoryProperty(), run.visibleProperty(),
            run.colorProperty(), run.nameProperty()}, changed);
    }

    /** Redraws what changed; called once per frame by the window. */
    public void pulse() {
        for (SeriesChart chart : charts) {
            chart.pulse();
        }
    }

    /**
     * Paints the three charts side by side as a figure filling the sketch (each in a group of
     * class {@code chart}). Call on the FX thread.
     */
    public void paintFigure(Sketch sketch) {
        double w = sketch.width() / charts.length;
        for (int i = 0; i < charts.length; i++) {
            sketch.save();
            sketch.translate(i * w, 0);
            charts[i].paintFigure(sketch, w, sketch.height());
            sketch.restore();
        }
    }

    private void invalidate() {
        for (SeriesChart chart : charts) {
            chart.invalidate();
        }
    }
}
