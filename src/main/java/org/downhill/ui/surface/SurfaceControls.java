package org.downhill.ui.surface;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.downhill.render.surface.SurfaceBox;
import org.downhill.ui.model.ViewOptions;

/**
 * The 3D view's control strip: mesh quality, height exaggeration, log heights (the lab's log
 * scale, shared with 2D), wireframe, floor contours, the preset views, reset and auto-rotation.
 * Every control has a tooltip.
 */
final class SurfaceControls extends FlowPane {

    SurfaceControls(SurfaceOptions options, ViewOptions view, OrbitCamera camera) {
        getStyleClass().add("surface-controls");

        ComboBox<Integer> quality = new ComboBox<>();
        for (int n : SurfaceOptions.SAMPLE_CHOICES) {
            quality.getItems().add(n);
        }
        quality.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + " \u00d7 " + n;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        quality.setValue(options.samplesProperty().get());
        quality.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                options.samplesProperty().set(now);
            }
        });
        quality.setId("surface-quality");
        quality.setTooltip(new Tooltip("Mesh points per side: finer is smoother, coarser redraws faster"));

        Slider height = new Slider(0.25, 3, options.exaggerationProperty().get());
        height.valueProperty().bindBidirectional(options.exaggerationProperty());
        height.setPrefWidth(110);
        height.setId("surface-height");
        height.setTooltip(new Tooltip("Height exaggeration: stretch the loss axis to see a flat landscape's shape"
                + " (1 = a box " + (int) (SurfaceBox.HEIGHT / SurfaceBox.SIZE * 100) + "% as high as wide)"));
        Label heightLabel = new Label("Height");
        heightLabel.setLabelFor(height);

        getChildren().addAll(new Label("Mesh"), quality, heightLabel, height,
                toggle("Log", "Heights and colours follow log(f \u2212 min), as in 2D: shows a valley floor far"
                        + " below the walls", view.logScaleProperty(), "surface-log"),
                toggle("Wireframe", "Draw the surface as its mesh lines", options.wireframeProperty(),
                        "surface-wireframe"),
                toggle("Floor contours", "Contour lines of equal loss projected on the floor",
                        options.floorContoursProperty(), "surface-contours"),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                preset(camera, "Top", "Look straight down: the 2D view", OrbitCamera.Preset.TOP),
                preset(camera, "Front", "Look level along the y axis", OrbitCamera.Preset.FRONT),
                preset(camera, "Side", "Look level along the x axis", OrbitCamera.Preset.SIDE),
                preset(camera, "3/4", "Look from the front left, above", OrbitCamera.Preset.THREE_QUARTER),
                button("Reset", "Back to the first view: the angle that shows the runs best, the whole box in the picture", camera::reset),
                toggle("Auto-rotate", "Circle the landscape slowly", options.autoRotateProperty(),
                        "surface-rotate"));
    }

    private static ToggleButton toggle(String text, String tip, BooleanProperty property, String id) {
        ToggleButton b = new ToggleButton(text);
        b.selectedProperty().bindBidirectional(property);
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        return b;
    }

    private static Button preset(OrbitCamera camera, String text, String tip, OrbitCamera.Preset preset) {
        return button(text, tip, () -> camera.show(preset));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("surface-view-button");
        return b;
    }
}
