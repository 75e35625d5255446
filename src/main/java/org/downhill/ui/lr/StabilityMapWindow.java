package org.downhill.ui.lr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.downhill.figure.MapFigure;
import org.downhill.ui.Theme;
import org.downhill.ui.export.ExportActions;
import org.downhill.ui.export.FigureRequest;
import org.downhill.ui.model.ViewOptions;
import org.downhill.ui.sketch.CanvasSketch;

/**
 * The stability map in its own window, drawn as a {@link MapFigure} (the same picture its PNG and
 * SVG exports hold): a cell per learning rate (log, across) and momentum (up), coloured by its
 * regime and darker the lower its final loss, the theoretical edges as white lines where they are
 * known, the run's setting as a ring; pointing reads a cell, a click sets the run to it. Progress
 * and cancel while it computes; its text follows the app's text size.
 */
public final class StabilityMapWindow {
    private final StabilityMapModel model;
    private final ViewOptions view;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    private final CanvasSketch sketch = new CanvasSketch(canvas);
    private final Label readout = new Label(" ");
    private MapFigure shown;

    /**
     * The window over a model, owned by {@code owner} and styled as it is.
     *
     * @param export saves the map as PNG or SVG
     * @param view   gives the text size
     */
    public StabilityMapWindow(StabilityMapModel model, ExportActions export, ViewOptions view, Window owner) {
        this.model = model;
        this.view = view;
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, compute, cancel, bar, message, gap);
        for (FigureRequest.Format format : FigureRequest.Format.values()) {
            Button save = new Button("Export " + format.name() + "…");
            save.setId("map-export-" + format.name().toLowerCase(java.util.Locale.ROOT));
            save.setMinWidth(Region.USE_PREF_SIZE);
            save.disableProperty().bind(model.mapProperty().isNull());
            save.setOnAction(e -> export.drawingWithDialog(stage, "the stability map", "stability-map", figure(),
                    format));
            actions.getChildren().add(save);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        readout.setId("map-readout");
        Pane plot = new Pane(canvas);
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener(x -> draw());
        canvas.heightProperty().addListener(x -> draw());
        view.textScaleProperty().addListener(x -> draw());
        VBox.setVgrow(plot, Priority.ALWAYS);
        Label key = new Label("Colour: the regime, as on the strip; darker: a lower final loss. White line: the edge"
                + " lr = 2(1+β)/λ for each curvature λ (SGD on a quadratic). Ring: the run's setting."
                + " Click a cell to use it.");
        key.setWrapText(true);
        key.setMinHeight(Region.USE_PREF_SIZE);
        VBox root = new VBox(8, actions, plot, readout, key);
        root.setPadding(new Insets(12));
        Theme.followTextScale(root, view.textScaleProperty());
        model.mapProperty().addListener(x -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int[] c = shown == null ? null : shown.cellAt(e.getX(), e.getY());
            readout.setText(c == null ? " " : model.readout(c[0], c[1]));
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] c = shown == null ? null : shown.cellAt(e.getX(), e.getY());
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

    /** The window. */
    public Stage stage() {
        return stage;
    }

    /** The map as drawn now (at the canvas' size), or null before the first map. */
    public MapFigure figure() {
        return model.figure(Math.max(1, canvas.getWidth()), Math.max(1, canvas.getHeight()),
                view.textScaleProperty().get());
    }

    private void draw() {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        shown = canvas.getWidth() < 1 || canvas.getHeight() < 1 ? null : figure();
        if (shown != null) {
            shown.paint(sketch);
        }
    }
}
