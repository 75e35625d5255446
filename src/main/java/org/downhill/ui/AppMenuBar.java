package org.downhill.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.ui.export.ExportActions;
import org.downhill.ui.model.LabHistory;

/**
 * The menu bar: File (presets, open, save, recent files, export, quit), Edit (undo, redo), the
 * menus of other parts (View, Lessons) and Help. Every item calls an action object; the menu itself
 * holds no logic.
 */
public final class AppMenuBar extends MenuBar {
    private final Menu recentMenu = new Menu("Open Recent");

    /**
     * The menus of a window.
     *
     * @param files  opening and saving scenarios
     * @param export  the figure export actions
     * @param history undo and redo of the lab's edits
     * @param help    opens or closes the help overlay
     * @param quit    closes the app
     * @param more    menus between Edit and Help, in order
     */
    public AppMenuBar(ScenarioActions files, ExportActions export, LabHistory history, Runnable help, Runnable quit,
                      Menu... more) {
        setId("menu-bar");
        Menu presets = new Menu("Presets");
        presets.setId("presets-menu");
        refreshRecent(files);
        files.recent().files().addListener((ListChangeListener<Path>) c -> refreshRecent(files));

        Menu file = new Menu("File");
        file.getItems().addAll(
                presets,
                new SeparatorMenuItem(),
                item("Open\u2026", "Shortcut+O", () -> files.openWithDialog(owner())),
                recentMenu,
                item("Save", "Shortcut+S", () -> files.save(owner())),
                item("Save As\u2026", "Shortcut+Shift+S", () -> files.saveAs(owner())),
                new SeparatorMenuItem(),
                item("Export Figure\u2026", "Shortcut+E", () -> export.figureWithDialog(owner())),
                item("Export 3D View (PNG)\u2026", null, () -> export.surfaceWithDialog(owner())),
                item("Export Charts\u2026", null, () -> export.chartsWithDialog(owner())),
                dataViewItem(export),
                item("Export Animation (GIF)\u2026", null, () -> export.gifWithDialog(owner())),
                item("Export Trajectories (CSV)\u2026", null, () -> export.csvWithDialog(owner(), false)),
                item("Export Trajectories (CSV, a File per Run)\u2026", null, () -> export.csvWithDialog(owner(), true)),
                item("Copy Figure", "Shortcut+Shift+C", export::copyFigure),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", quit));
        // the presets are read when the menu first opens, not at start-up
        file.setOnShowing(e -> {
            if (presets.getItems().isEmpty()) {
                for (Preset preset : Presets.all()) {
                    presets.getItems().add(item(preset.title(), null, () -> files.load(preset)));
                }
            }
        });
        MenuItem undo = item("Undo", "Shortcut+Z", history::undo);
        undo.setId("undo");
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", history::redo);
        redo.setId("redo");
        redo.disableProperty().bind(history.canRedoProperty().not());
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(undo, redo);
        Menu helpMenu = new Menu("Help");
        helpMenu.getItems().add(item("Shortcuts and Help (F1)", null, help));
        getMenus().addAll(file, edit);
        getMenus().addAll(more);
        getMenus().add(helpMenu);
    }

    /** Export Data View, enabled while the runs train a model on data. */
    private MenuItem dataViewItem(ExportActions export) {
        MenuItem item = item("Export Data View\u2026", null, () -> export.dataViewWithDialog(owner()));
        item.setId("export-data-view");
        item.disableProperty().bind(export.dataModelProperty().isNull());
        return item;
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void refreshRecent(ScenarioActions files) {
        recentMenu.getItems().clear();
        for (Path path : files.recent().files()) {
            recentMenu.getItems().add(item(path.getFileName().toString(), null, () -> files.open(path)));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
