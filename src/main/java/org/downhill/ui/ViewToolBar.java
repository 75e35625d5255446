package org.downhill.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.downhill.render.ColorMap;
import org.downhill.ui.controls.LandscapePicker;
import org.downhill.ui.export.ExportActions;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.ViewLayout;
import org.downhill.ui.model.ViewOptions;

/** The tool bar: the landscape, fit, colour map and scaling, overlays, text size, frame statistics and help. */
public final class ViewToolBar extends ToolBar {

    /**
     * A tool bar for the lab's landscape and view options; {@code help} opens the help overlay.
     *
     * @param picker the landscape menu, which works with the landscape panel's formula field
     */
    public ViewToolBar(LabViewModel lab, Runnable help, ExportActions export, LandscapePicker picker) {
        getStyleClass().add("view-toolbar");
        ViewOptions view = lab.view();
        Button fit = new Button("Fit");
        fit.setId("fit");
        fit.setTooltip(new Tooltip("Show the whole landscape again (F)"));
        fit.setOnAction(e -> view.fit());

        ToggleGroup layouts = new ToggleGroup();
        HBox layoutButtons = new HBox();
        layoutButtons.getStyleClass().add("segmented");
        for (ViewLayout layout : ViewLayout.values()) {
            ToggleButton b = new ToggleButton(layout.label());
            b.setId("layout-" + layout.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(layout);
            b.setToggleGroup(layouts);
            b.setFocusTraversable(false);
            b.setSelected(view.layoutProperty().get() == layout);
            b.setTooltip(new Tooltip(switch (layout) {
                case PLANE -> "The landscape as a map from above (V switches views)";
                case SURFACE -> "The landscape as a 3D surface: drag to orbit, wheel to zoom";
                case BOTH -> "The map and the 3D surface side by side";
            }));
            layoutButtons.getChildren().add(b);
        }
        layouts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                view.layoutProperty().set((ViewLayout) now.getUserData());
            }
        });
        view.layoutProperty().addListener((obs, old, now) -> layouts.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));

        ComboBox<ColorMap> colors = new ComboBox<>();
        colors.setId("color-map");
        colors.getItems().setAll(ColorMap.values());
        colors.setCellFactory(v -> new MapCell());
        colors.setButtonCell(new MapCell());
        colors.valueProperty().bindBidirectional(view.colorMapProperty());
        colors.setTooltip(new Tooltip("Colour map of the landscape: perceptually even; Grey prints well"));

        CheckBox log = new CheckBox("Log colours");
        log.setId("log-colours");
        log.selectedProperty().bindBidirectional(view.logScaleProperty());
        log.setTooltip(new Tooltip("Spread the colours over log(f - min): shows a valley floor far below the walls"));

        Button smaller = new Button("A\u2212");
        smaller.setId("smaller-text");
        smaller.setTooltip(new Tooltip("Smaller text (Ctrl \u2212)"));
        smaller.setOnAction(e -> view.changeTextSize(-1));
        Button larger = new Button("A+");
        larger.setId("larger-text");
        larger.setTooltip(new Tooltip("Larger text, for the back of the room (Ctrl +)"));
        larger.setOnAction(e -> view.changeTextSize(1));

        Button copy = new Button("Copy figure");
        copy.setId("copy-figure");
        copy.setTooltip(new Tooltip("Copy the landscape view to the clipboard at twice the screen resolution, "
                + "ready to paste into a slide (Ctrl+Shift+C)"));
        copy.setOnAction(e -> export.copyFigure());
        Button exportButton = new Button("Export…");
        exportButton.setId("export-figure");
        exportButton.setTooltip(new Tooltip("Save the landscape view as PNG (1× to 4×) or SVG (Ctrl+E)"));
        exportButton.setOnAction(e -> export.figureWithDialog(getScene().getWindow()));

        Button helpButton = new Button("?");
        helpButton.setId("help");
        helpButton.setTooltip(new Tooltip("Shortcuts and help (F1)"));
        helpButton.setOnAction(e -> help.run());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton show = new MenuButton("Show");
        show.setId("show-menu");
        show.setTooltip(new Tooltip("What the views draw besides the landscape and the runs"));
        show.getItems().addAll(
                check("Contour lines", view.contoursProperty(), "contours"),
                check("Minima and saddle points", view.minimaProperty(), "minima"),
                check("Gradient field (G)", view.gradientFieldProperty(), "gradient-field"),
                check("A panel per run (small multiples)", view.panelsProperty(), "panels-toggle"),
                check("Learning-rate strip", view.lrStripProperty(), "lr-strip-toggle"),
                check("Charts under the view", view.chartsProperty(), "charts-toggle"),
                check("Frames per second", view.frameStatsProperty(), "frame-stats"));
        getItems().addAll(new Label("Landscape"), picker, fit, layoutButtons, new Separator(),
                colors, log, show,
                toggle("Step anatomy", "At the current position of the selected run: the plain gradient step, the "
                        + "momentum carried over and the step actually taken (A)", view.anatomyProperty(), "anatomy"),
                new Separator(), smaller, larger,
                spacer, copy, exportButton, helpButton);
        // items keep their full size and move to the overflow menu when the bar is too narrow,
        // rather than shrinking to "..."
        for (javafx.scene.Node item : getItems()) {
            if (item instanceof Region region && item != spacer) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        layoutButtons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
    }

    private static CheckMenuItem check(String text, BooleanProperty property, String id) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.selectedProperty().bindBidirectional(property);
        return item;
    }

    private static ToggleButton toggle(String text, String tip, BooleanProperty property, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.selectedProperty().bindBidirectional(property);
        b.setFocusTraversable(false);
        return b;
    }

    /** Shows a colour map by its name. */
    private static final class MapCell extends ListCell<ColorMap> {
        @Override
        protected void updateItem(ColorMap item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
