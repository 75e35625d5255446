package org.downhill.ui.export;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.downhill.figure.FigureOptions;

/**
 * Asks how to export a figure: PNG (at 1 to 4 times the size on screen) or SVG, with or without
 * the legend and the colour bar, on a white or a transparent background. The figure never shows
 * the window around the view (tool bars, controls, frame statistics).
 */
final class ExportDialog extends Dialog<FigureRequest> {

    /**
     * A dialog for a figure whose size on screen is width x height.
     *
     * @param withPlaneOptions whether legend and colour bar apply (the 2D view)
     * @param vector           whether SVG and a transparent background are possible (not for 3D)
     */
    ExportDialog(String what, double width, double height, boolean withPlaneOptions, boolean vector) {
        setTitle("Export " + what);
        setHeaderText("Export " + what + " as a figure for slides or print");
        ChoiceBox<FigureRequest.Format> format = new ChoiceBox<>();
        format.getItems().setAll(vector ? List.of(FigureRequest.Format.values()) : List.of(FigureRequest.Format.PNG));
        format.setValue(FigureRequest.Format.PNG);
        format.setTooltip(new Tooltip("PNG: a bitmap at the chosen scale. SVG: lines and text stay sharp at any size"));
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().setAll(1, 2, 3, 4);
        scale.setValue(2);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + "\u00d7  (" + Math.round(width * s) + " \u00d7 " + Math.round(height * s)
                        + " pixels)";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        scale.setTooltip(new Tooltip("Image pixels per screen pixel: 2\u00d7 is crisp on slides, 4\u00d7 for print"));
        scale.disableProperty().bind(format.valueProperty().isEqualTo(FigureRequest.Format.SVG));
        CheckBox legend = new CheckBox("Legend");
        legend.setSelected(true);
        legend.setTooltip(new Tooltip("The names and diagnoses of the runs"));
        CheckBox colorBar = new CheckBox("Colour bar");
        colorBar.setSelected(true);
        colorBar.setTooltip(new Tooltip("The scale of the loss colours"));
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setTooltip(new Tooltip("No fill around the plot, for slides with a coloured background"));
        legend.setVisible(withPlaneOptions);
        colorBar.setVisible(withPlaneOptions);
        transparent.setVisible(vector);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Size"), scale);
        grid.add(legend, 1, 2);
        grid.add(colorBar, 1, 3);
        grid.add(transparent, 1, 4);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new FigureRequest(format.getValue(), scale.getValue(),
                        new FigureOptions(legend.isSelected(), colorBar.isSelected(), transparent.isSelected()))
                : null);
    }
}
