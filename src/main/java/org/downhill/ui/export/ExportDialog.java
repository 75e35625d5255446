package org.downhill.ui.export;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.downhill.figure.FigureOptions;

/**
 * Asks how to export a figure: PNG (at 1 to 4 times the size on screen, or at slide size, 16:9 at
 * 1920 x 1080 pixels) or SVG, with or without the legend and the colour bar, on a white or a
 * transparent background; for the 2D view also a title and a caption (by default the preset's
 * title and caption), colours fixed to the landscape, small multiples (a panel per run), and whether the runs go to their end or to
 * the playhead (to the end by default when the playhead is at step 0, where only the path ahead
 * would show); for the data view the legend (its key), slide size, a title and a caption. The
 * figure never shows the window around the view (tool bars, controls, frame statistics).
 */
final class ExportDialog extends Dialog<FigureRequest> {

    /**
     * A dialog for a figure whose size on screen is width x height, without the 2D view's options.
     *
     * @param vector whether SVG and a transparent background are possible (not for 3D)
     */
    ExportDialog(String what, double width, double height, boolean vector) {
        this(what, width, height, null, vector);
    }

    /**
     * A dialog for a figure whose size on screen is width x height.
     *
     * @param plane what the 2D view's options start from, or null where they do not apply
     * @param vector whether SVG and a transparent background are possible (not for 3D)
     */
    ExportDialog(String what, double width, double height, PlaneDefaults plane, boolean vector) {
        this(what, width, height, plane, vector, plane != null);
    }

    /**
     * A dialog for the data view, whose size on screen is width x height: PNG or SVG, its key,
     * the background, slide size, and a title and caption (offered: these).
     */
    static ExportDialog dataView(double width, double height, String title, String caption) {
        return new ExportDialog("the data view", width, height, new PlaneDefaults(title, caption, 0, 0, false), true, false);
    }

    private ExportDialog(String what, double width, double height, PlaneDefaults plane, boolean vector,
                         boolean withPlaneOptions) {
        boolean withHeading = plane != null;
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
        legend.setVisible(withHeading);
        if (!withPlaneOptions) {
            legend.setTooltip(new Tooltip("The key: each run's model, the exact optimum's and the next batch"));
        }
        colorBar.setVisible(withPlaneOptions);
        transparent.setVisible(vector);
        CheckBox slides = new CheckBox("Slide size, 16:9 (" + Math.round(2 * FigureRequest.SLIDE_WIDTH) + " \u00d7 "
                + Math.round(2 * FigureRequest.SLIDE_HEIGHT) + " pixels)");
        slides.setId("export-slides");
        slides.setTooltip(new Tooltip("A figure shaped for a 16:9 slide, whatever the window's shape"));
        slides.setVisible(withHeading);
        scale.disableProperty().unbind();
        scale.disableProperty().bind(format.valueProperty().isEqualTo(FigureRequest.Format.SVG)
                .or(slides.selectedProperty()));
        TextField title = new TextField(plane == null ? "" : plane.title());
        title.setId("export-title");
        title.setPromptText("No title");
        title.setTooltip(new Tooltip("A title above the figure; empty for none"));
        TextField caption = new TextField(plane == null ? "" : plane.caption());
        caption.setId("export-caption");
        caption.setPromptText("No caption");
        caption.setPrefColumnCount(36);
        caption.setTooltip(new Tooltip("A paragraph under the title, wrapped to the figure's width; empty for none"));
        CheckBox fixed = new CheckBox("Colours fixed to the landscape");
        fixed.setId("export-fixed-colours");
        fixed.setTooltip(new Tooltip("The same colours for the same loss in every figure of this landscape,"
                + " whatever part of it is in view (else the colours span the values in view)"));
        CheckBox panels = new CheckBox("A panel per run (small multiples)");
        panels.setId("export-panels");
        panels.setSelected(plane != null && plane.panels());
        panels.setTooltip(new Tooltip("One panel per visible run, side by side, with the same window, axes and"
                + " colours: runs drawn on top of each other come apart"));
        ChoiceBox<String> runs = new ChoiceBox<>();
        runs.setId("export-runs");
        if (plane != null) {
            runs.getItems().setAll("Whole runs (to step " + plane.steps() + ")",
                    "Up to the playhead (step " + plane.playhead() + ")");
            runs.setValue(runs.getItems().get(plane.playhead() == 0 ? 0 : 1));
        }
        runs.setTooltip(new Tooltip("How far the runs are drawn"));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Size"), scale);
        grid.add(legend, 1, 2);
        grid.add(colorBar, 1, 3);
        grid.add(transparent, 1, 4);
        if (withHeading) {
            grid.add(slides, 1, 5);
            grid.addRow(6, new Label("Title"), title);
            grid.addRow(7, new Label("Caption"), caption);
        }
        if (withPlaneOptions) {
            grid.add(fixed, 1, 8);
            grid.add(panels, 1, 9);
            grid.addRow(10, new Label("Runs"), runs);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new FigureRequest(format.getValue(), slides.isSelected() ? 2 : scale.getValue(),
                        new FigureOptions(legend.isSelected(), colorBar.isSelected(), transparent.isSelected())
                                .withHeading(title.getText(), caption.getText()).withFixedColors(fixed.isSelected())
                                .withPanels(panels.isSelected()),
                        slides.isSelected(), withPlaneOptions && runs.getItems().indexOf(runs.getValue()) == 0)
                : null);
    }

    /**
     * Where the 2D view's options start.
     *
     * @param title    the title offered (the preset's), "" for none
     * @param caption  the caption offered (the preset's), "" for none
     * @param steps    the runs' last step
     * @param playhead the step shown
     * @param panels   whether the view shows a panel per run (the figure then does too, at first)
     */
    record PlaneDefaults(String title, String caption, int steps, int playhead, boolean panels) {
    }
}
