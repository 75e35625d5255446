package org.downhill.ui.export;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.downhill.ui.model.LabViewModel;

/** Asks how to record an animation: size, frames per second, how far, and whether it loops. */
final class GifDialog extends Dialog<GifDialog.Request> {

    /**
     * The answers.
     *
     * @param size  the frame size as a fraction of the view's size
     * @param fps   frames per second
     * @param toEnd whether to record to the last step (else to the playhead)
     * @param loop  whether the GIF plays forever
     */
    record Request(double size, double fps, boolean toEnd, boolean loop) {
    }

    GifDialog(LabViewModel lab) {
        setTitle("Export an animation");
        setHeaderText("Record the runs from step 0 as an animated GIF");
        ChoiceBox<String> size = new ChoiceBox<>();
        size.getItems().setAll("Half size", "Three quarters", "Full size");
        size.setValue("Three quarters");
        size.setTooltip(new Tooltip("The frame size compared with the view on screen"));
        Spinner<Integer> fps = new Spinner<>(1, 50, 15);
        fps.setEditable(true);
        fps.setTooltip(new Tooltip("Frames per second: one frame per step"));
        ChoiceBox<String> range = new ChoiceBox<>();
        range.getItems().setAll("To the last step (" + lab.steps() + ")", "To the playhead (" + lab.playhead() + ")");
        range.setValue(range.getItems().get(0));
        range.setTooltip(new Tooltip("How far the animation goes"));
        CheckBox loop = new CheckBox("Loop forever");
        loop.setSelected(true);
        loop.setTooltip(new Tooltip("Slides play a looping GIF again and again"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Size"), size);
        grid.addRow(1, new Label("Frames per second"), fps);
        grid.addRow(2, new Label("Steps"), range);
        grid.add(loop, 1, 3);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button != ButtonType.OK ? null
                : new Request(new double[] {0.5, 0.75, 1}[size.getItems().indexOf(size.getValue())], fps.getValue(),
                        range.getItems().indexOf(range.getValue()) == 0, loop.isSelected()));
    }
}
