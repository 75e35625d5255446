package org.downhill.ui.session;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.NewerVersionException;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;

/**
 * The file that keeps the lab between runs of the app ({@code session.json} in the app's
 * folder), and what happens when it cannot be shown. Nothing the user had is ever lost:
 * <ul>
 *   <li>a broken file (not JSON, a wrong value, one the lab refuses) is renamed aside to
 *       {@code session.broken-YYYYMMDD-HHMMSS.json} in the same folder, and the app starts with
 *       its first scene;</li>
 *   <li>a file from a newer Downhill (a format version above {@link ScenarioJson#VERSION}) is
 *       left exactly as it is: this version keeps its own session beside it, in
 *       {@code session-vN.json} (N its format version), and restores from there;</li>
 *   <li>a broken file that cannot be renamed is not overwritten either: saving is then off.</li>
 * </ul>
 * {@link #restore} says each of these in a sentence for the window. Saving replaces the file
 * atomically (see {@link ScenarioJson#write(Scenario, Path)}), so a crash leaves the last saved
 * session whole. Safe to {@link #save} from a background thread once {@link #restore} is done.
 */
public final class SessionFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path main;
    private final Clock clock;
    private volatile Path target;

    /**
     * @param main  the session file, e.g. {@code ~/.downhill/session.json}
     * @param clock the clock that dates a broken file's new name
     */
    public SessionFile(Path main, Clock clock) {
        this.main = main;
        this.clock = clock;
        this.target = main;
    }

    /**
     * Shows the last session, if there is one that can be shown.
     *
     * @param show shows a scenario in the lab; may refuse it with an {@link InvalidParameterException}
     * @return what happened, in sentences for the user, when it was not simply restored (or there
     *         was nothing to restore); else {@code null}
     */
    public String restore(Consumer<Scenario> show) {
        Scenario scenario;
        try {
            scenario = read(main);
        } catch (NewerVersionException e) {
            target = main.resolveSibling(baseName(main) + "-v" + ScenarioJson.VERSION + ".json");
            String kept = main + " was saved by a newer Downhill (format version " + e.version()
                    + ") and is left as it is; this Downhill keeps its session in " + target + " instead.";
            String own = restoreOrSetAside(target, show);
            return own == null ? kept : kept + " " + own;
        } catch (FileFormatException e) {
            return setAside(main, e.getMessage());
        }
        return show(main, scenario, show);
    }

    /**
     * Saves a scenario as the session, replacing the previous one atomically.
     *
     * @return whether it was saved: {@code false} when saving is off (a broken session that could
     *         not be moved aside is kept)
     * @throws IOException if the file cannot be written
     */
    public boolean save(Scenario scenario) throws IOException {
        Path file = target;
        if (file == null) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        ScenarioJson.write(scenario, file);
        return true;
    }

    /** Where {@link #save} writes, or {@code null} when saving is off. */
    public Path target() {
        return target;
    }

    private String restoreOrSetAside(Path file, Consumer<Scenario> show) {
        try {
            return show(file, read(file), show);
        } catch (FileFormatException e) {
            return setAside(file, e.getMessage());
        }
    }

    private String show(Path file, Scenario scenario, Consumer<Scenario> show) {
        if (scenario == null) {
            return null;
        }
        try {
            show.accept(scenario);
            return null;
        } catch (InvalidParameterException e) {
            return setAside(file, file.getFileName() + ": " + e.getMessage());
        }
    }

    private static Scenario read(Path file) throws FileFormatException {
        return Files.exists(file) ? ScenarioJson.read(file) : null;
    }

    /** Renames a file that cannot be shown, so that it is kept and not overwritten; says so. */
    private String setAside(Path file, String reason) {
        String problem = "The last session could not be restored (" + reason + ").";
        Path aside = asideName(file);
        try {
            Files.move(file, aside);
            return problem + " The file was kept as " + aside + "; Downhill opened its first scene.";
        } catch (IOException e) {
            target = null;
            String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName();
            return problem + " It could not be renamed aside (" + why + "), so this session will not be saved over "
                    + file + ".";
        }
    }

    /** {@code session.broken-YYYYMMDD-HHMMSS.json} beside the file, numbered if that name is taken. */
    private Path asideName(Path file) {
        String stem = baseName(file) + ".broken-" + LocalDateTime.now(clock).format(STAMP);
        Path aside = file.resolveSibling(stem + ".json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(stem + "-" + n + ".json");
        }
        return aside;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
