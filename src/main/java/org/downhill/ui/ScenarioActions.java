package org.downhill.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioFileName;
import org.downhill.scenario.ScenarioJson;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RecentFiles;

/**
 * Opening and saving scenario files, and loading presets, for the menu. A file that cannot be
 * read or shown is refused with a message saying what and where, and the lab stays as it was.
 * Keeps the current file (for Save and the window title) and the recent files.
 */
public final class ScenarioActions {
    private static final FileChooser.ExtensionFilter SCENARIOS = new FileChooser.ExtensionFilter(
            "Downhill scenario (*" + ScenarioFileName.EXTENSION + ", *.json)", "*" + ScenarioFileName.EXTENSION, "*.json");

    private final LabViewModel lab;
    private final RecentFiles recent;
    private final BiConsumer<String, String> errors;
    private final ObjectProperty<Path> current = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>();
    private final LatestOnly<Scenario, Scenario> measuring;

    /**
     * Actions on a lab that measure a preset's caption on the calling thread (for tests).
     *
     * @param errors shows a refusal: a title and the message (a dialog in the app)
     */
    public ScenarioActions(LabViewModel lab, RecentFiles recent, BiConsumer<String, String> errors) {
        this(lab, recent, errors, Runnable::run, Runnable::run);
    }

    /**
     * Actions on a lab.
     *
     * @param errors  shows a refusal: a title and the message (a dialog in the app)
     * @param worker  measures a preset's runs for its caption (a background thread)
     * @param deliver shows the measured preset (the FX thread)
     */
    public ScenarioActions(LabViewModel lab, RecentFiles recent, BiConsumer<String, String> errors, Executor worker,
                           Executor deliver) {
        this.lab = lab;
        this.recent = recent;
        this.errors = errors;
        this.measuring = new LatestOnly<>(worker, deliver, Measured::shown);
    }

    /** The file the lab was last opened from or saved to, or null. */
    public ObjectProperty<Path> currentProperty() {
        return current;
    }

    /** The preset shown last (the runs may have been changed since), or null after a file was opened. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The recent files. */
    public RecentFiles recent() {
        return recent;
    }

    /**
     * Opens a scenario file into the lab.
     *
     * @return whether it was opened; if not, the reason was shown and nothing changed (a file that
     *         no longer exists leaves the recent files)
     */
    public boolean open(Path file) {
        try {
            Scenario scenario = ScenarioJson.read(file);
            lab.load(Measured.shown(scenario));
        } catch (FileFormatException | InvalidParameterException e) {
            errors.accept("Could not open " + file.getFileName(), e.getMessage());
            if (!Files.exists(file)) {
                recent.remove(file.toAbsolutePath().normalize());
            }
            return false;
        }
        current.set(file);
        preset.set(null);
        recent.add(file);
        return true;
    }

    /**
     * Shows a scenario that is not a file (a lesson's page): Save then asks where to put it.
     *
     * @throws InvalidParameterException if the app cannot show it; nothing changed then
     */
    public void show(Scenario scenario) {
        lab.load(scenario);
        current.set(null);
        preset.set(null);
    }

    /**
     * Saves the lab to a file.
     *
     * @return whether it was saved; if not, the reason was shown
     */
    public boolean save(Path file) {
        try {
            ScenarioJson.write(lab.toScenario(), file);
        } catch (IOException | RuntimeException e) {
            errors.accept("Could not save " + file.getFileName(), String.valueOf(e.getMessage()));
            return false;
        }
        current.set(file);
        recent.add(file);
        return true;
    }

    /**
     * Shows a preset once its caption is filled from its runs, which the worker measures (a sweep
     * of rates or many random starts can take a moment); the newest request wins. It is not a
     * file: Save asks where to put it.
     */
    public void load(Preset preset) {
        measuring.request(preset.scenario(), (scenario, shown) -> {
            show(shown);
            lab.titleProperty().set(preset.title());
            this.preset.set(preset);
        });
    }

    /** Asks for a file and opens it. */
    public void openWithDialog(Window owner) {
        FileChooser chooser = chooser("Open a scenario");
        Path file = toPath(chooser.showOpenDialog(owner));
        if (file != null) {
            open(file);
        }
    }

    /** Saves to the current file, or asks for one. */
    public void save(Window owner) {
        if (current.get() != null) {
            save(current.get());
        } else {
            saveAs(owner);
        }
    }

    /** Asks for a file and saves to it. */
    public void saveAs(Window owner) {
        FileChooser chooser = chooser("Save the scenario");
        chooser.setInitialFileName(current.get() != null ? current.get().getFileName().toString()
                : "scenario" + ScenarioFileName.EXTENSION);
        Path file = toPath(chooser.showSaveDialog(owner));
        if (file != null) {
            save(file.resolveSibling(ScenarioFileName.withExtension(file.getFileName().toString())));
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(SCENARIOS);
        if (current.get() != null && current.get().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.get().toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private static Path toPath(java.io.File file) {
        return file == null ? null : file.toPath();
    }
}
