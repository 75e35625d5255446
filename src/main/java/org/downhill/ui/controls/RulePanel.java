package org.downhill.ui.controls;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.downhill.render.TexImage;
import org.downhill.rule.RuleSheet;
import org.downhill.ui.export.ExportActions;
import org.downhill.ui.model.RuleViewModel;

/**
 * The update rule at the playhead, in a pane that can be folded away: which update it is, the
 * selected run's rule typeset with the update's numbers put in, every visible run's step size per
 * coordinate, and buttons to copy the panel's image or save the rule as a PNG. The image is shrunk
 * to the panel's width when it is wider, never enlarged. Folded, nothing is worked out.
 */
public final class RulePanel extends TitledPane {
    /** The font size in pixels of a saved rule (twice the screen's, for print). */
    private static final float FIGURE_SIZE = 32;
    /** The white under a saved rule, so that it reads on any slide. */
    private static final int FIGURE_BACKGROUND = 0xffffffff;
    /** The ink of a saved rule. */
    private static final int FIGURE_INK = 0xff000000;
    /** What the panel's insets and the scroll bar take of its width. */
    private static final double INSETS = 30;

    /** A panel showing a rule view model's sheet. */
    public RulePanel(RuleViewModel rule, ExportActions export) {
        setId("rule-panel");
        getStyleClass().add("panel-pane");
        setText("Update rule at the playhead");
        setExpanded(false);
        rule.openProperty().bind(expandedProperty());
        Label title = new Label("Working it out\u2026");
        title.setId("rule-title");
        title.setWrapText(true);
        ImageView formula = new ImageView();
        formula.setId("rule-formula");
        formula.setPreserveRatio(true);
        formula.setSmooth(true);
        DoubleProperty naturalWidth = new SimpleDoubleProperty();
        formula.fitWidthProperty().bind(Bindings.min(naturalWidth, widthProperty().subtract(INSETS)));
        Tooltip plain = new Tooltip();
        Tooltip.install(formula, plain);
        Button copy = new Button("Copy");
        copy.setTooltip(new Tooltip("Copy the rule as shown to the clipboard, as an image"));
        copy.setOnAction(e -> export.copyImage(rule.shownProperty().get().image(), "the update rule"));
        Button save = new Button("Save PNG\u2026");
        save.setTooltip(new Tooltip("Save the rule with its numbers as a PNG image (wide, large, on white)"));
        save.setOnAction(e -> {
            RuleSheet sheet = rule.shownProperty().get().sheet();
            export.pngWithDialog(getScene().getWindow(), "the update rule", "update-rule",
                    () -> TexImage.render(sheet.figureTex(), FIGURE_SIZE, FIGURE_INK, FIGURE_BACKGROUND));
        });
        copy.setDisable(true);
        save.setDisable(true);
        HBox buttons = new HBox(6, copy, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        rule.shownProperty().addListener((obs, old, now) -> {
            BufferedImage image = now.image();
            formula.setImage(SwingFXUtils.toFXImage(image, null));
            naturalWidth.set(image.getWidth());
            title.setText(now.sheet().title());
            formula.setAccessibleText(now.sheet().plain());
            plain.setText(now.sheet().plain());
            copy.setDisable(false);
            save.setDisable(false);
        });
        setContent(new VBox(6, title, formula, buttons));
    }
}
