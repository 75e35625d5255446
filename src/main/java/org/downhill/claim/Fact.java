package org.downhill.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.downhill.param.InvalidParameterException;

/**
 * The facts a claim can measure, each by its name in the claim's text. A run is named by its name
 * in the legend, in single quotes. "The gap" is the loss above the lowest known minimum of the
 * landscape (the loss itself where none is known); steps count updates from the start (step 0).
 * Something that never happens measures as infinity, so that {@code steps_to('A', 1e-3) <
 * steps_to('B', 1e-3)} holds when A gets there and B never does; a step beyond a run's end
 * measures as NaN, and every comparison with NaN is false.
 */
public enum Fact {
    /** {@code lr(run)}: the run's learning rate at step 0 (its optimizer's {@code lr}). */
    LR("lr", Type.NUMBER, "the run's learning rate at step 0", (m, a) -> m.plan(run(a)).spec().settings().optimizer().lr(),
            Param.RUN),
    /** {@code hp(run, 'name')}: a real hyper-parameter of the run's optimizer at step 0, e.g. {@code momentum}. */
    HP("hp", Type.NUMBER, "a real hyper-parameter of the run's optimizer at step 0",
            (m, a) -> RunFacts.hyper(m.plan(run(a)), (String) a.get(1)), Param.RUN, Param.NAME),
    /** {@code lr_at(run, k)}: the learning rate of the update from step k, as the schedule set it. */
    LR_AT("lr_at", Type.NUMBER, "the learning rate of the update from step k",
            (m, a) -> RunFacts.lrAt(m.trajectory(run(a)), number(a, 1)), Param.RUN, Param.NUMBER),
    /** {@code steps(run)}: the updates the run made (fewer than asked if it blew up). */
    STEPS("steps", Type.NUMBER, "the number of updates the run made", (m, a) -> m.trajectory(run(a)).lastStep(),
            Param.RUN),
    /** {@code loss(run)}: the loss at the run's last step. */
    LOSS("loss", Type.NUMBER, "the loss at the last step", (m, a) -> RunFacts.lossAt(m.trajectory(run(a)), -1),
            Param.RUN),
    /** {@code loss_at(run, k)}: the loss after k updates. */
    LOSS_AT("loss_at", Type.NUMBER, "the loss after k updates",
            (m, a) -> RunFacts.lossAt(m.trajectory(run(a)), number(a, 1)), Param.RUN, Param.NUMBER),
    /**
     * {@code steps_to(run, eps)}: the first step from which the gap stays below eps to the end of
     * the run; infinity if it never gets there (or the run blew up).
     */
    STEPS_TO("steps_to", Type.NUMBER, "the first step from which the gap stays below eps (infinity: never)",
            (m, a) -> RunFacts.stepsTo(m.trajectory(run(a)), m.minima(), number(a, 1)), Param.RUN, Param.NUMBER),
    /** {@code distance(run)}: how far the last point is from the nearest global minimum (infinity if none is known). */
    DISTANCE("distance", Type.NUMBER, "the distance from the last point to the nearest global minimum",
            (m, a) -> m.minima().globalDistance(m.trajectory(run(a)), -1), Param.RUN),
    /** {@code distance_at(run, k)}: how far the point after k updates is from the nearest global minimum. */
    DISTANCE_AT("distance_at", Type.NUMBER, "the distance after k updates to the nearest global minimum",
            (m, a) -> m.minima().globalDistance(m.trajectory(run(a)), number(a, 1)), Param.RUN, Param.NUMBER),
    /** {@code distance_to(run, x, y)}: how far the last point is from (x, y). */
    DISTANCE_TO("distance_to", Type.NUMBER, "the distance from the last point to (x, y)",
            (m, a) -> RunFacts.distanceTo(m.trajectory(run(a)), number(a, 1), number(a, 2)), Param.RUN,
            Param.NUMBER, Param.NUMBER),
    /** {@code local_distance(run)}: how far the last point is from the nearest local (not global) minimum. */
    LOCAL_DISTANCE("local_distance", Type.NUMBER, "the distance from the last point to the nearest local minimum",
            (m, a) -> m.minima().localDistance(m.trajectory(run(a))), Param.RUN),
    /**
     * {@code crossings(run, k)}: how often the run crosses the valley axis in its first k updates
     * with a swing visible in the view (see {@link RunFacts#crossings}).
     */
    CROSSINGS("crossings", Type.NUMBER, "visible crossings of the valley axis in the first k updates",
            (m, a) -> RunFacts.crossings(m.trajectory(run(a)), m.minima(), m.window(), number(a, 1)), Param.RUN,
            Param.NUMBER),
    /** {@code diverged(run)}: true if the run blew up or its loss ends higher than it started. */
    DIVERGED("diverged", Type.BOOLEAN, "the run blew up or ends with a higher loss than it started with",
            (m, a) -> RunFacts.diverged(m.trajectory(run(a))) ? 1 : 0, Param.RUN),
    /**
     * {@code rate_x(run, k)}: the learning rate the x coordinate actually got in the update from step
     * k, the step divided by the gradient: {@code -update_x / grad_x}. Plain SGD's is its lr; an
     * adaptive method's differs per coordinate.
     */
    RATE_X("rate_x", Type.NUMBER, "the step along x over the gradient along x in the update from step k",
            (m, a) -> RunFacts.rate(m.trajectory(run(a)), number(a, 1), true), Param.RUN, Param.NUMBER),
    /** {@code rate_y(run, k)}: as {@link #RATE_X}, along y. */
    RATE_Y("rate_y", Type.NUMBER, "the step along y over the gradient along y in the update from step k",
            (m, a) -> RunFacts.rate(m.trajectory(run(a)), number(a, 1), false), Param.RUN, Param.NUMBER),
    /**
     * {@code share_global(run, n)}: the share (0 to 1) of n random starts over the window from
     * which the run's settings end in a global minimum (see {@link Ensemble}).
     */
    SHARE_GLOBAL("share_global", Type.NUMBER, "the share of n random starts that end in a global minimum",
            (m, a) -> m.ensemble(run(a), count(a, 1)).shareGlobal(), Param.RUN, Param.NUMBER),
    /**
     * {@code fastest_lr(run, eps)}: the constant learning rate that takes the run's settings soonest
     * to a gap below eps, found by a sweep of 100 rates a decade from 1e-4 to 10 (see
     * {@link LrSweep#fastestLr}); NaN if none gets there.
     */
    FASTEST_LR("fastest_lr", Type.NUMBER, "the constant lr that reaches a gap below eps soonest (a sweep)",
            (m, a) -> m.sweep(run(a), number(a, 1)).fastestLr(), Param.RUN, Param.NUMBER),
    /** {@code fastest_steps(run, eps)}: the steps that {@link #FASTEST_LR}'s learning rate needs. */
    FASTEST_STEPS("fastest_steps", Type.NUMBER, "the steps the fastest constant lr needs to a gap below eps",
            (m, a) -> m.sweep(run(a), number(a, 1)).fastestSteps(), Param.RUN, Param.NUMBER),
    /**
     * {@code lr_range(run, eps)}: how forgiving the run is about its rate: the largest over the
     * smallest constant lr of the unbroken stretch around {@link #FASTEST_LR} whose rates all reach
     * a gap below eps within the run's steps (see {@link LrSweep#goodRange}).
     */
    LR_RANGE("lr_range", Type.NUMBER, "the largest over the smallest lr that still reaches a gap below eps",
            (m, a) -> m.sweep(run(a), number(a, 1)).goodRange(), Param.RUN, Param.NUMBER),
    /**
     * {@code largest_lr(run, eps)}: the largest constant learning rate of the same sweep as
     * {@link #FASTEST_LR} that brings the gap below eps to stay within the run's steps; NaN if none does.
     */
    LARGEST_LR("largest_lr", Type.NUMBER, "the largest constant lr that reaches a gap below eps (a sweep)",
            (m, a) -> m.sweep(run(a), number(a, 1)).largestLr(), Param.RUN, Param.NUMBER),
    /**
     * {@code scan_fastest(run)}: the learning rate the lr scan of the run finds fastest (see
     * {@link org.downhill.sweep.LrScan#fastest}: of the runs the badge calls converging, the one
     * that converged at the earliest step), over the same 501 rates as {@link #FASTEST_LR}; NaN if
     * none converges.
     */
    SCAN_FASTEST("scan_fastest", Type.NUMBER, "the fastest converging lr of the run's lr scan",
            (m, a) -> ScanFacts.lr(m.scan(run(a)), m.scan(run(a)).fastest()), Param.RUN),
    /** {@code scan_smallest_good(run)}: the smallest rate of the lr scan whose run converges; NaN if none. */
    SCAN_SMALLEST_GOOD("scan_smallest_good", Type.NUMBER, "the smallest converging lr of the run's lr scan",
            (m, a) -> ScanFacts.lr(m.scan(run(a)), m.scan(run(a)).smallestGood()), Param.RUN),
    /** {@code scan_largest_good(run)}: the largest rate of the lr scan whose run converges; NaN if none. */
    SCAN_LARGEST_GOOD("scan_largest_good", Type.NUMBER, "the largest converging lr of the run's lr scan",
            (m, a) -> ScanFacts.lr(m.scan(run(a)), m.scan(run(a)).largestGood()), Param.RUN),
    /** {@code scan_smallest_diverging(run)}: the smallest rate of the lr scan whose run diverges; NaN if none. */
    SCAN_SMALLEST_DIVERGING("scan_smallest_diverging", Type.NUMBER, "the smallest diverging lr of the run's lr scan",
            (m, a) -> ScanFacts.smallestDiverging(m.scan(run(a))), Param.RUN),
    /**
     * {@code scan_smallest_good_with(run, 'param', value)}: {@link #SCAN_SMALLEST_GOOD} with a
     * parameter of the landscape set to value, e.g. the bowl's {@code 'condition'}.
     */
    SCAN_SMALLEST_GOOD_WITH("scan_smallest_good_with", Type.NUMBER,
            "the smallest converging lr of the lr scan with a landscape parameter changed",
            (m, a) -> {
                var scan = m.scanWith(run(a), (String) a.get(1), number(a, 2));
                return ScanFacts.lr(scan, scan.smallestGood());
            }, Param.RUN, Param.NAME, Param.NUMBER),
    /** {@code scan_largest_good_with(run, 'param', value)}: {@link #SCAN_LARGEST_GOOD} with a landscape parameter changed. */
    SCAN_LARGEST_GOOD_WITH("scan_largest_good_with", Type.NUMBER,
            "the largest converging lr of the lr scan with a landscape parameter changed",
            (m, a) -> {
                var scan = m.scanWith(run(a), (String) a.get(1), number(a, 2));
                return ScanFacts.lr(scan, scan.largestGood());
            }, Param.RUN, Param.NAME, Param.NUMBER),
    /**
     * {@code range_test(run, 'suggestion')}: a suggestion ({@code 'steepest'}, {@code 'minimum_div10'}
     * or {@code 'valley'}) of the learning-rate range test on the run, from its own lr to 10 (see
     * {@link ScanFacts#rangeTest}); NaN where the test has too few rows for it.
     */
    RANGE_TEST("range_test", Type.NUMBER, "a suggestion of the range test from the run's lr to 10",
            (m, a) -> ScanFacts.suggestion(m.rangeTest(run(a)), (String) a.get(1)), Param.RUN, Param.NAME),
    /**
     * {@code largest_batch_lr(run, E)}: on a model on data, the largest learning rate with which E epochs
     * in the run's batches of its optimizer and schedule end with the full-data loss at most 1.05
     * times the minimum's, for each of 5 shuffled orders (see {@link BatchFacts#largestLr}); NaN
     * without batches or if no rate gets there.
     */
    LARGEST_BATCH_LR("largest_batch_lr", Type.NUMBER,
            "the largest lr whose E epochs in the run's batches reach 1.05 times the minimum's loss (5 orders)",
            (m, a) -> BatchFacts.largestLr(m.plan(run(a)), m.minima(), number(a, 1)), Param.RUN, Param.NUMBER),
    /** {@code L()}: the largest curvature (Hessian eigenvalue) at the landscape's global minimum. */
    CURVATURE_MAX("L", Type.NUMBER, "the largest curvature at the global minimum", (m, a) -> m.minima().curvature(true)),
    /** {@code mu()}: the smallest curvature (Hessian eigenvalue) at the landscape's global minimum. */
    CURVATURE_MIN("mu", Type.NUMBER, "the smallest curvature at the global minimum", (m, a) -> m.minima().curvature(false)),
    /** {@code min_loss()}: the lowest known minimum of the landscape (NaN if none is known). */
    MIN_LOSS("min_loss", Type.NUMBER, "the lowest known minimum of the landscape", (m, a) -> m.minima().lowest()),
    /** {@code abs(x)}. */
    ABS("abs", Type.NUMBER, "|x|", (m, a) -> Math.abs(number(a, 0)), Param.NUMBER),
    /** {@code min(x, y)}. */
    MIN("min", Type.NUMBER, "the smaller of x and y", (m, a) -> Math.min(number(a, 0), number(a, 1)), Param.NUMBER,
            Param.NUMBER),
    /** {@code max(x, y)}. */
    MAX("max", Type.NUMBER, "the larger of x and y", (m, a) -> Math.max(number(a, 0), number(a, 1)), Param.NUMBER,
            Param.NUMBER);

    /** What an argument is. */
    public enum Param {
        /** A run's name in quotes. */
        RUN,
        /** Another name in quotes (a hyper-parameter's). */
        NAME,
        /** A number (any expression of numbers). */
        NUMBER;

        String word() {
            return switch (this) {
                case RUN -> "a run's name in quotes";
                case NAME -> "a name in quotes";
                case NUMBER -> "a number";
            };
        }
    }

    /** How a fact is measured from its arguments (run names and names as strings, numbers as doubles). */
    @FunctionalInterface
    interface Measure {
        double apply(Measurements m, List<Object> args);
    }

    private final String name;
    private final Type result;
    private final String meaning;
    private final Measure measure;
    private final List<Param> params;

    Fact(String name, Type result, String meaning, Measure measure, Param... params) {
        this.name = name;
        this.result = result;
        this.meaning = meaning;
        this.measure = measure;
        this.params = List.of(params);
    }

    /** The name in a claim, e.g. {@code steps_to}. */
    public String factName() {
        return name;
    }

    /** The type of the value. */
    public Type result() {
        return result;
    }

    /** What it measures, in a phrase. */
    public String meaning() {
        return meaning;
    }

    /** The argument kinds, in order. */
    public List<Param> params() {
        return params;
    }

    /** How it is written, e.g. {@code steps_to(run, number)}. */
    public String signature() {
        return name + "(" + params.stream().map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Measures the fact. */
    double measure(Measurements m, List<Object> args) {
        return measure.apply(m, args);
    }

    /** The fact with this name, or null. */
    static Fact byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst().orElse(null);
    }

    /** Every fact's name, comma-separated, for messages. */
    static String names() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    private static String run(List<Object> args) {
        return (String) args.get(0);
    }

    private static double number(List<Object> args, int i) {
        return (Double) args.get(i);
    }

    /** A count argument: a whole number from 1 to {@link Ensemble#MAX_STARTS}. */
    private static int count(List<Object> args, int i) {
        double n = number(args, i);
        if (n != Math.rint(n) || n < 1 || n > Ensemble.MAX_STARTS) {
            throw new InvalidParameterException("Invalid number of starts: " + n + " (allowed: a whole number from 1 to "
                    + Ensemble.MAX_STARTS + ")");
        }
        return (int) n;
    }
}
