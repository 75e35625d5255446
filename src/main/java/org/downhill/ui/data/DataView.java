package org.downhill.ui.data;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.downhill.data.ModelLandscape;
import org.downhill.figure.DataPainter;
import org.downhill.figure.DataPicture;
import org.downhill.figure.sketch.Sketch;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.TrainingViewModel;
import org.downhill.ui.sketch.CanvasSketch;

/**
 * The data view beside the landscape while the runs train a model on data: the points, each
 * visible run's model at the playhead in its colour, the selected run's next batch ringed, and the
 * model at the exact optimum dashed ({@link DataPainter}). Redrawn once per frame at most, and only
 * when the picture or the size changed.
 */
public final class DataView extends Region {
    private final TrainingViewModel training;
    private final LabViewModel lab;
    private final Canvas canvas = new Canvas();
    private final Sketch sketch = new CanvasSketch(canvas);
    private final Label legend = new Label();
    private DataPicture drawn;
    private double drawnScale;
    private boolean resized = true;

    /** A data view of the lab's training. */
    public DataView(LabViewModel lab, TrainingViewModel training) {
        this.lab = lab;
        this.training = training;
        setId("data-view");
        getStyleClass().add("data-view");
        setMinSize(160, 150);
        legend.getStyleClass().add("data-legend");
        legend.setMouseTransparent(true);
        legend.setText("Each run's model at the playhead; dashed: the exact optimum; ringed: the next batch");
        legend.setWrapText(true);
        getChildren().addAll(canvas, legend);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double legendHeight = legend.prefHeight(w - 12);
        legend.resizeRelocate(6, 2, w - 12, legendHeight);
        double h = Math.max(0, Math.floor(getHeight() - legendHeight - 4));
        canvas.setLayoutY(legendHeight + 4);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            resized = true;
        }
    }

    /** Redraws if the picture changed; called once per frame by the window. */
    public void pulse() {
        DataPicture now = training.picture();
        double scale = lab.view().textScaleProperty().get();
        if (now == null || (!resized && now.equals(drawn) && scale == drawnScale)) {
            return;
        }
        resized = false;
        drawn = now;
        drawnScale = scale;
        DataPainter.paint(sketch, now, scale);
    }

    /** The picture at the playhead now (for an export), or null on a formula. */
    public DataPicture picture() {
        return training.picture();
    }

    /** The model on data shown, null on a formula. */
    public ReadOnlyObjectProperty<ModelLandscape> modelProperty() {
        return training.modelProperty();
    }

    /** The picture last drawn, or null before the first. */
    public DataPicture drawn() {
        return drawn;
    }
}
