package org.downhill.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.downhill.claim.Caption;
import org.downhill.claim.Claim;
import org.downhill.claim.Runs;
import org.downhill.data.ModelLandscape;
import org.downhill.diagnose.Destination;
import org.downhill.diagnose.Regime;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.param.Excerpt;
import org.downhill.param.Interval;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.RealParam;
import org.downhill.render.ColorMap;
import org.downhill.sim.Batching;
import org.downhill.sim.Edit;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;

/**
 * Everything needed to reproduce a view of the lab: the landscape with its parameters, the window
 * of the plane in view, the number of steps and the playhead, how the landscape is drawn, and the
 * runs with the changes made while they played; plus an optional caption (presets explain
 * themselves with it) and claims about the runs that the caption relies on. Immutable and
 * validated: every value a constructor accepts can be shown and simulated. {@link ScenarioJson}
 * reads and writes it.
 *
 * <p>The caption is a {@link Caption}: it may hold measured numbers as placeholders, e.g.
 * {@code {steps_to('Adam', 1e-3)}}, which {@link Measured} fills from the runs. The claims are
 * predicates over the runs ({@link Claim}); the tests check that every shipped one holds.
 *
 * <p>The landscape may be a model on data ({@link ModelLandscape}); its runs may then go through the
 * data in mini-batches ({@link Run#batching()}), and each run's {@code steps} updates are batches.
 *
 * <p>Two scenarios are equal when they hold equal values; a formula landscape counts by its family
 * id and parameter values (formula landscapes do not define equality), a model on data by its
 * model, data, columns and scaling.
 *
 * @param landscape the loss function every run descends
 * @param window    the part of the plane in view, one a view can draw ({@link Window#isViewable()})
 * @param steps     the number of updates of every run, 1 to {@link RunSpec#MAX_STEPS}
 * @param playhead  the step shown, 0 to {@code steps}
 * @param display   how the landscape is drawn
 * @param runs      the runs in legend order, 1 to {@link #MAX_RUNS}
 * @param caption   a paragraph shown with the scenario, or {@code ""} for none; a {@link Caption}
 *                  whose placeholders name only runs of this scenario
 * @param claims    what the scenario claims about its runs, naming only runs of this scenario
 */
public record Scenario(Landscape landscape, Window window, int steps, int playhead, Display display, List<Run> runs,
                       String caption, List<Claim> claims) {

    /** The most runs a scenario may have (the app shows each in its own colour). */
    public static final int MAX_RUNS = 8;

    /**
     * Validates the values.
     *
     * @throws InvalidParameterException naming the value and what is allowed
     */
    public Scenario {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(caption, "caption");
        runs = List.copyOf(runs);
        window.requireViewable();
        RunSpec.STEPS.check(steps);
        if (playhead < 0 || playhead > steps) {
            throw new InvalidParameterException("Invalid value for playhead: " + playhead
                    + " (allowed: an integer 0 <= playhead <= steps = " + steps + ")");
        }
        if (runs.isEmpty()) {
            throw new InvalidParameterException("A scenario needs at least one run");
        }
        if (runs.size() > MAX_RUNS) {
            throw new InvalidParameterException("A scenario has at most " + MAX_RUNS + " runs, not " + runs.size());
        }
        checkBatches(landscape, runs);
        claims = List.copyOf(claims);
        requireRuns(runs, "caption", Caption.parse(caption).runNames());
        for (Claim claim : claims) {
            requireRuns(runs, "claim '" + claim.text() + "'", claim.runNames());
        }
    }

    /** A scenario without claims. */
    public Scenario(Landscape landscape, Window window, int steps, int playhead, Display display, List<Run> runs,
                    String caption) {
        this(landscape, window, steps, playhead, display, runs, caption, List.of());
    }

    /**
     * Checks that every name is the name of exactly one run of this scenario (for text about it,
     * such as a lesson's task).
     *
     * @param where what names them, for the message, e.g. {@code task 2}
     * @throws InvalidParameterException naming the first name that is missing or not unique
     */
    public void requireRuns(String where, Set<String> names) {
        requireRuns(runs, where, names);
    }

    private static void requireRuns(List<Run> runs, String where, Set<String> names) {
        for (String name : names) {
            long count = runs.stream().filter(r -> r.name().equals(name)).count();
            if (count != 1) {
                throw new InvalidParameterException("The " + where + " names the run '" + name + "', but "
                        + (count == 0 ? "there is no such run" : count + " runs have that name"));
            }
        }
    }

    /** The same scenario with another caption (the claims are kept). */
    public Scenario withCaption(String newCaption) {
        return new Scenario(landscape, window, steps, playhead, display, runs, newCaption, claims);
    }

    /** The same scenario seen through another window, at another step (playhead clamped to 0..steps). */
    public Scenario withView(Window newWindow, int newPlayhead) {
        return new Scenario(landscape, newWindow, steps, Math.max(0, Math.min(steps, newPlayhead)), display, runs,
                caption, claims);
    }

    /** The runs as claims measure them: every run by its name, on this landscape, in this window. */
    public Runs claimRuns() {
        List<Runs.Named> named = new ArrayList<>();
        List<RunPlan> plans = plans();
        for (int i = 0; i < runs.size(); i++) {
            named.add(new Runs.Named(runs.get(i).name(), plans.get(i)));
        }
        return new Runs(landscape, window, named);
    }

    /**
     * Checks that runs in data batches have a model on data to go through.
     *
     * @throws InvalidParameterException if a run has batches and the landscape is a formula
     */
    private static void checkBatches(Landscape landscape, List<Run> runs) {
        runs.forEach(r -> r.batching().checkLandscape(landscape));
    }

    /** The plan of every run on this scenario's landscape and number of steps, in legend order. */
    public List<RunPlan> plans() {
        return runs.stream().map(r -> r.plan(landscape, steps)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && landscapeKey(landscape).equals(landscapeKey(s.landscape))
                && window.equals(s.window) && steps == s.steps
                && playhead == s.playhead && display.equals(s.display) && runs.equals(s.runs)
                && caption.equals(s.caption) && claims.equals(s.claims);
    }

    @Override
    public int hashCode() {
        return Objects.hash(landscapeKey(landscape), window, steps, playhead, display, runs, caption, claims);
    }

    /** What makes two landscapes the same: a model on data by its value, a formula by family and parameters. */
    private static Object landscapeKey(Landscape landscape) {
        return landscape instanceof ModelLandscape ? landscape : List.of(landscape.family().id(), landscape.params());
    }

    /**
     * One run: how it is labelled and drawn, where it starts, its settings from step 0 and the
     * changes made while it played.
     *
     * @param name     the name in the legend, not blank
     * @param color    its colour as {@code #RRGGBB} (stored in upper case)
     * @param visible  whether it is drawn
     * @param startX   x at step 0, finite
     * @param startY   y at step 0, finite
     * @param settings optimizer, schedule and noise from step 0
     * @param edits    the changes of settings, in increasing order of step (see {@link RunPlan})
     * @param expect   what the run is meant to show (a preset's caption relies on it), or {@code null}
     * @param batching how the run goes through the data in mini-batches (a model on data only), or
     *                 {@link Batching#NONE}
     */
    public record Run(String name, String color, boolean visible, double startX, double startY, Settings settings,
                      List<Edit> edits, Expectation expect, Batching batching) {

        private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

        /**
         * Validates the values.
         *
         * @throws InvalidParameterException naming the value and what is allowed
         */
        public Run {
            Objects.requireNonNull(settings, "settings");
            if (name == null || name.isBlank()) {
                throw new InvalidParameterException("A run needs a name");
            }
            if (color == null || !COLOR.matcher(color).matches()) {
                throw new InvalidParameterException("Invalid colour " + (color == null ? "null" : "'" + Excerpt.of(color) + "'")
                        + " (allowed: #RRGGBB with hexadecimal digits, e.g. #D55E00)");
            }
            color = color.toUpperCase(Locale.ROOT);
            Objects.requireNonNull(batching, "batching");
            batching.checkSettings(settings);
            edits.forEach(e -> batching.checkSettings(e.settings()));
            if (!Double.isFinite(startX) || !Double.isFinite(startY)) {
                throw new InvalidParameterException("The start point must be finite, not (" + startX + ", " + startY + ")");
            }
            edits = List.copyOf(edits);
            for (int i = 1; i < edits.size(); i++) {
                if (edits.get(i).step() <= edits.get(i - 1).step()) {
                    throw new InvalidParameterException("Edits must be in increasing order of step, but step "
                            + edits.get(i).step() + " follows step " + edits.get(i - 1).step());
                }
            }
        }

        /** A run on the whole landscape, without data batches. */
        public Run(String name, String color, boolean visible, double startX, double startY, Settings settings,
                   List<Edit> edits, Expectation expect) {
            this(name, color, visible, startX, startY, settings, edits, expect, Batching.NONE);
        }

        /** A run of the lab as it is: its start, settings, edits and batches taken from its plan; no expectation. */
        public static Run of(String name, String color, boolean visible, RunPlan plan) {
            RunSpec spec = plan.spec();
            return new Run(name, color, visible, spec.startX(), spec.startY(), spec.settings(), plan.edits(), null,
                    spec.batching());
        }

        /** The plan of this run on a landscape, with the given number of updates. */
        public RunPlan plan(Landscape landscape, int steps) {
            return new RunPlan(new RunSpec(landscape, startX, startY, steps, settings, batching), edits);
        }
    }

    /**
     * How the landscape is drawn.
     *
     * @param colorMap      the colour map of the heatmap
     * @param logScale      whether colours follow log(f - min) instead of f
     * @param contours      whether contour lines are drawn
     * @param minima        whether known minima and saddle points are marked
     * @param gradientField whether arrows of the negative gradient are drawn on a grid
     * @param anatomy       whether the gradient, update and momentum arrows are drawn at the playhead
     * @param textScale     the text size as a multiple of the normal size, within {@link #TEXT_SCALE}
     * @param panels        small multiples: the 2D view shows a panel per visible run (same window,
     *                      axes and colours, one playhead) instead of all runs in one plot
     */
    public record Display(ColorMap colorMap, boolean logScale, boolean contours, boolean minima,
                          boolean gradientField, boolean anatomy, double textScale, boolean panels) {

        /** The text scale: its name, default and range. */
        public static final RealParam TEXT_SCALE = RealParam.linear("text_scale", 1, Interval.closed(0.8, 2.5), 0.8,
                2.5, "the text size as a multiple of the normal size");

        /**
         * Validates the values.
         *
         * @throws InvalidParameterException if the text scale is out of range
         */
        public Display {
            Objects.requireNonNull(colorMap, "colorMap");
            TEXT_SCALE.check(textScale);
        }

        /**
         * What the lab shows first for a landscape: viridis, the landscape's suggested scaling,
         * contours and minima on, the rest off, normal text, one plot.
         */
        public static Display defaultsFor(Landscape landscape) {
            return new Display(ColorMap.defaultMap(), landscape.suggestedScaling() == ColorScaling.LOG, true, true,
                    false, false, TEXT_SCALE.defaultValue(), false);
        }
    }

    /**
     * What a run is meant to show, as the {@link org.downhill.diagnose.Diagnoser} would say it.
     *
     * @param regime      the long-run behaviour
     * @param destination where the run ends up
     */
    public record Expectation(Regime regime, Destination destination) {
        /** Checks that both are given. */
        public Expectation {
            Objects.requireNonNull(regime, "regime");
            Objects.requireNonNull(destination, "destination");
        }
    }
}
