package org.downhill.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.downhill.param.Excerpt;

/**
 * Scenario files: a {@link Scenario} as pretty-printed JSON and back.
 *
 * <pre>
 * {
 *   "format": "downhill-scenario",
 *   "version": 1,
 *   "caption": "SGD needs {steps_to('SGD', 1e-3)} steps",        (optional; placeholders: see Caption)
 *   "landscape": {"family": "quadratic", "params": {"a": 1.0, "b": 10.0}},
 *   "window": {"x_min": -3.0, "x_max": 3.0, "y_min": -3.0, "y_max": 3.0},
 *   "steps": 150,
 *   "playhead": 150,
 *   "display": {"color_map": "viridis", "log_scale": false, "contours": true, "minima": true,
 *               "gradient_field": false, "anatomy": false, "text_scale": 1.0,
 *               "panels": false},                                 (panels: a plot per run)
 *   "runs": [{
 *     "name": "SGD 1", "color": "#D55E00", "visible": true, "start": [-2.5, 2.5],
 *     "optimizer": {"name": "SGD", "hyper": {"lr": 0.05, ...}},
 *     "schedule": {"name": "StepLR", "args": {"step_size": 50, "gamma": 0.1},
 *                  "warmup": {"steps": 0, "start_factor": 0.1}},
 *     "noise": {"sigma": 0.0, "batch": 1, "seed": 0},
 *     "edits": [{"step": 40, "optimizer": {...}, "schedule": {...}, "noise": {...}}],
 *     "expect": {"regime": "converges", "destination": "global_minimum"}
 *   }],
 *   "claims": ["steps_to('SGD', 1e-3) < 100"]                   (optional; see Claim)
 * }
 * </pre>
 *
 * <p>The landscape may instead be a model on data, and a run may then have {@code "batches"}; see
 * {@link TrainingJson} for those parts.
 *
 * <p>Names are the core's: landscape family ids, PyTorch's optimizer and schedule class names
 * (case-insensitive; {@code constant} for none) with PyTorch's argument names, colour maps and
 * destinations in lower case, regimes as the reference manifest spells them. The writer writes
 * every value; the reader also accepts files that leave things out: parameters take their defaults,
 * {@code window} the landscape's default window, {@code playhead} 0, {@code display} and each of its
 * fields what the lab shows first, {@code visible} true, {@code schedule} constant, {@code noise}
 * none, {@code warmup} none, {@code edits} none, {@code caption}, {@code claims} and {@code expect}
 * nothing. In an edit, a part left out stays as it was before the edit. The caption and the claims
 * are in the grammar of {@link org.downhill.claim.Caption} and {@link org.downhill.claim.Claim}.
 *
 * <p>Reading checks everything and fails only with a {@link FileFormatException} whose message says
 * what is wrong and where: the line and column of a syntax error, else the path of the value, e.g.
 * {@code runs[1].optimizer.hyper.lr: Invalid value for lr: -0.1 (allowed: lr >= 0)}. Unknown fields
 * are errors (a misspelt optional field would otherwise be silently ignored), and so are
 * duplicate keys and anything after the document (see {@link JsonAt}, the reading shared with
 * {@link TorchCases}). Limits: at most {@link Scenario#MAX_RUNS} runs of 1 to
 * {@link org.downhill.sim.RunSpec#MAX_STEPS} steps, a window a view can draw
 * ({@link org.downhill.landscape.Window#isViewable()}), UTF-8 text of at most 64 MB, lists and
 * objects nested at most 1,000 deep, strings of at most 20,000,000 characters.
 *
 * <p>Versions: a file names its {@link #VERSION}; a newer one is refused with a
 * {@link NewerVersionException} saying so.
 * When the format changes, {@code VERSION} goes up and {@link #read(String)} gains a switch on the
 * file's version that upgrades an older tree one version at a time (v1 to v2, v2 to v3, ...) before
 * the reader of the current version sees it; today version 1 is the only one, so there is nothing
 * to upgrade.
 */
public final class ScenarioJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "downhill-scenario";
    /** The version this code writes, and the newest it reads. */
    public static final int VERSION = 1;

    private static final ObjectWriter PRETTY = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ScenarioJson() {
    }

    /** The scenario as pretty-printed JSON, ending with a newline. */
    public static String write(Scenario scenario) {
        try {
            return PRETTY.writeValueAsString(ScenarioWriter.scenario(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree could not be printed", e);
        }
    }

    /**
     * Writes the scenario to a file as UTF-8 JSON, replacing it atomically: a crash while writing
     * leaves the old file or the new one, never a broken one.
     *
     * @throws IOException if the file cannot be written, or exists and is not a regular file
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFile.write(file, write(scenario));
    }

    /**
     * The scenario in a JSON text.
     *
     * @throws FileFormatException saying what is wrong and where, if the text is not a valid
     *                             scenario of a version this code reads (a
     *                             {@link NewerVersionException} if a newer Downhill wrote it)
     */
    public static Scenario read(String json) throws FileFormatException {
        JsonAt root = JsonAt.parse(json);
        checkHeader(root);
        return ScenarioReader.scenario(root);
    }

    /**
     * A scenario written inside another document (a lesson's page), as an object of the same
     * fields; {@code format} and {@code version} may be left out there, and are checked if given.
     *
     * @throws FileFormatException saying what is wrong and where, the path relative to the document
     */
    public static Scenario read(JsonAt at) throws FileFormatException {
        at.object();
        if (at.optional("format") != null || at.optional("version") != null) {
            checkHeader(at);
        }
        return ScenarioReader.scenario(at);
    }

    /** Checks the format and version fields of a document. */
    private static void checkHeader(JsonAt at) throws FileFormatException {
        JsonAt format = at.field("format");
        if (!FORMAT.equals(format.text())) {
            throw format.error("not a Downhill scenario: expected \"" + FORMAT + "\", found \""
                    + Excerpt.of(format.text()) + "\"");
        }
        JsonAt versionAt = at.field("version");
        int version = versionAt.integer();
        if (version > VERSION) {
            throw new NewerVersionException(versionAt.path() + ": made by a newer Downhill: version " + version
                    + ", this one reads up to " + VERSION, version);
        }
        if (version < 1) {
            throw versionAt.error("there is no version " + version + "; versions start at 1");
        }
    }

    /**
     * The scenario in a UTF-8 JSON file.
     *
     * @throws FileFormatException if the file cannot be read or is not a valid scenario; the
     *                             message starts with the file name (a {@link NewerVersionException}
     *                             if a newer Downhill wrote it)
     */
    public static Scenario read(Path file) throws FileFormatException {
        return TextFiles.read(file, ScenarioJson::read);
    }

}
