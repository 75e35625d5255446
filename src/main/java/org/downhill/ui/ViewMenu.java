package org.downhill.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.downhill.ui.model.AppTheme;
import org.downhill.ui.model.ViewOptions;

/**
 * The View menu: presentation mode, the theme (light or dark, applied at once and kept as a
 * preference) and the text size. The keys are listed in the items' names: they are handled by
 * {@link KeyboardShortcuts}, not by accelerators, so that they work the same with the menu bar
 * hidden while presenting.
 */
public final class ViewMenu extends Menu {

    /** The menu for a window's presentation switch and view options. */
    public ViewMenu(BooleanProperty presenting, ViewOptions view) {
        super("View");
        setId("view-menu");
        CheckMenuItem present = new CheckMenuItem("Presentation Mode (F11)");
        present.setId("presentation-item");
        present.selectedProperty().bindBidirectional(presenting);

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("Theme");
        theme.setId("theme-menu");
        for (AppTheme t : AppTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setUserData(t);
            item.setToggleGroup(themes);
            item.setSelected(view.themeProperty().get() == t);
            theme.getItems().add(item);
        }
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                view.themeProperty().set((AppTheme) now.getUserData());
            }
        });
        view.themeProperty().addListener((obs, old, now) -> themes.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));

        MenuItem larger = new MenuItem("Larger Text (Ctrl +)");
        larger.setOnAction(e -> view.changeTextSize(1));
        MenuItem smaller = new MenuItem("Smaller Text (Ctrl \u2212)");
        smaller.setOnAction(e -> view.changeTextSize(-1));
        getItems().addAll(present, new SeparatorMenuItem(), theme, new SeparatorMenuItem(), larger, smaller);
    }
}
