package org.downhill.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.downhill.claim.Caption;
import org.downhill.claim.Claim;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.JsonAt;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.downhill.scenario.TextFiles;

/**
 * Lesson files: a {@link Lesson} in JSON.
 *
 * <pre>
 * {
 *   "format": "downhill-lesson",
 *   "version": 1,
 *   "id": "learning-rate",
 *   "title": "What the learning rate does",
 *   "pages": [{
 *     "title": "Too small",
 *     "text": "After {steps('SGD')} steps the loss is still {loss('SGD'):.2}.",
 *     "intuition": "Short strides towards a hidden treasure ...",              (optional)
 *     "preset": "lr-too-small",                      (or "scenario": {...}, a scenario written here)
 *     "tasks": [{                                                               (optional)
 *       "text": "Find a rate that brings the loss below 0.001 within 150 steps.",
 *       "check": "steps_to('SGD', 1e-3) <= 150",
 *       "solution": [{"run": "SGD", "hyper": {"lr": 0.1}}]                      (optional)
 *     }]
 *   }]
 * }
 * </pre>
 *
 * <p>A page shows either a preset, by its id, or a scenario written in the page in the scenario
 * format (see {@link ScenarioJson}; {@code format} and {@code version} may be left out there). Its
 * text and intuition may hold numbers measured on the scenario's runs, as a scenario's caption
 * does ({@link Caption}); a task's check is a {@link Claim} on the runs as the user has set them; a
 * solution changes hyper-parameters of named runs, as the sliders would. Every name a text, task
 * or solution uses must be a run of the page's scenario. Reading checks everything and fails with
 * a {@link FileFormatException} naming the place, e.g. {@code pages[1].tasks[0].check: unknown fact
 * 'step_to' at column 1 of ...}; unknown fields are errors.
 */
public final class LessonJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "downhill-lesson";
    /** The version this code reads. */
    public static final int VERSION = 1;

    private LessonJson() {
    }

    /**
     * The lesson in a JSON text.
     *
     * @throws FileFormatException saying what is wrong and where
     */
    public static Lesson read(String json) throws FileFormatException {
        JsonAt root = JsonAt.parse(json);
        root.object("format", "version", "id", "title", "pages");
        JsonAt format = root.field("format");
        if (!FORMAT.equals(format.text())) {
            throw format.error("not a Downhill lesson: expected \"" + FORMAT + "\", found \"" + format.text() + "\"");
        }
        JsonAt versionAt = root.field("version");
        int version = versionAt.integer();
        if (version < 1 || version > VERSION) {
            throw versionAt.error("version " + version + " is not one this Downhill reads (1 to " + VERSION + ")");
        }
        String id = root.field("id").text();
        String title = root.field("title").text();
        List<Page> pages = new ArrayList<>();
        for (JsonAt page : root.field("pages").elements()) {
            pages.add(page(page));
        }
        return root.check(() -> new Lesson(id, title, pages));
    }

    /**
     * The lesson in a UTF-8 JSON file.
     *
     * @throws FileFormatException if the file cannot be read or is not a valid lesson; the message
     *                             starts with the file name
     */
    public static Lesson read(Path file) throws FileFormatException {
        return TextFiles.read(file, LessonJson::read);
    }


    private static Page page(JsonAt at) throws FileFormatException {
        at.object("title", "text", "intuition", "preset", "scenario", "tasks");
        String title = at.field("title").text();
        String text = caption(at.field("text"));
        JsonAt intuitionAt = at.optional("intuition");
        String intuition = intuitionAt == null ? "" : caption(intuitionAt);
        JsonAt presetAt = at.optional("preset");
        JsonAt scenarioAt = at.optional("scenario");
        if ((presetAt == null) == (scenarioAt == null)) {
            throw at.error("needs either \"preset\" or \"scenario\", not " + (presetAt == null ? "neither" : "both"));
        }
        String preset = presetAt == null ? null : presetAt.text();
        Scenario scenario = presetAt != null ? presetAt.check(() -> Presets.byId(preset).scenario())
                : ScenarioJson.read(scenarioAt);
        List<Task> tasks = new ArrayList<>();
        JsonAt tasksAt = at.optional("tasks");
        if (tasksAt != null) {
            for (JsonAt task : tasksAt.elements()) {
                tasks.add(task(task, scenario));
            }
        }
        return at.check(() -> new Page(title, text, intuition, preset, scenario, tasks));
    }

    private static String caption(JsonAt at) throws FileFormatException {
        String text = at.text();
        at.check(() -> Caption.parse(text));
        return text;
    }

    private static Task task(JsonAt at, Scenario scenario) throws FileFormatException {
        at.object("text", "check", "solution");
        String text = at.field("text").text();
        JsonAt checkAt = at.field("check");
        String check = checkAt.text();
        Claim claim = checkAt.check(() -> Claim.parse(check));
        checkAt.check(() -> {
            scenario.requireRuns("check", claim.runNames());
            return claim;
        });
        List<Change> solution = new ArrayList<>();
        JsonAt solutionAt = at.optional("solution");
        if (solutionAt != null) {
            for (JsonAt change : solutionAt.elements()) {
                solution.add(change(change, scenario));
            }
        }
        return new Task(text, claim, solution);
    }

    private static Change change(JsonAt at, Scenario scenario) throws FileFormatException {
        at.object("run", "hyper");
        String run = at.field("run").text();
        Map<String, Object> hyper = new LinkedHashMap<>();
        for (Map.Entry<String, JsonAt> field : at.field("hyper").fields().entrySet()) {
            hyper.put(field.getKey(), field.getValue().plain());
        }
        Change change = new Change(run, hyper);
        at.check(() -> change.apply(scenario));
        return change;
    }
}
