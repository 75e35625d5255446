package org.downhill.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import org.downhill.landscape.Window;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Progress;
import org.downhill.sweep.Sweeper;

/**
 * Measures facts on a set of runs, each fact once: claims and captions over the same runs share
 * one {@code Measurements}, so a number in a caption is the very number a claim was checked on.
 * Ensembles use the seed {@link #ENSEMBLE_SEED}, so runs compared over many starts start from the
 * same points. Sweeps of many runs (the facts on a run's best learning rates, its lr scan) go
 * through a {@link Sweeper}, by default on every core. Not thread-safe.
 */
public final class Measurements {
    /** The seed of every ensemble's random starts. */
    public static final long ENSEMBLE_SEED = 1;

    private final Runs runs;
    private final Sweeper sweeper;
    private final Minima minima;
    private final Map<List<Object>, Double> facts = new HashMap<>();
    private final Map<List<Object>, Ensemble> ensembles = new HashMap<>();
    private final Map<List<Object>, LrSweep> sweeps = new HashMap<>();
    private final Map<List<Object>, LrScan> scans = new HashMap<>();
    private final Map<String, RangeTestResult> rangeTests = new HashMap<>();
    private LinkedHashMap<String, Double> recording;

    /** Measurements on these runs, sweeping on every core (the common pool and the calling thread). */
    public Measurements(Runs runs) {
        this(runs, Sweeper.on(ForkJoinPool.commonPool()));
    }

    /** Measurements on these runs, sweeping with {@code sweeper}. */
    public Measurements(Runs runs, Sweeper sweeper) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.sweeper = Objects.requireNonNull(sweeper, "sweeper");
        this.minima = new Minima(runs.landscape());
    }

    /** The runs measured. */
    public Runs runs() {
        return runs;
    }

    /**
     * The named run's settings from n random starts over the window, as {@code share_global(run, n)}
     * measures them (computed once).
     */
    public Ensemble ensemble(String run, int n) {
        RunPlan plan = runs.plan(run);
        return ensembles.computeIfAbsent(List.of(run, n), k -> Ensemble.run(sweeper, plan, runs.window(), n,
                ENSEMBLE_SEED, false, new Cancellation(), Progress.NONE));
    }

    /** The value of a fact call, measured on first use; recorded for the claim being checked. */
    double measure(Expr.Call call, List<Object> args) {
        List<Object> key = new ArrayList<>(args.size() + 1);
        key.add(call.fact());
        key.addAll(args);
        Double value = facts.get(key);
        if (value == null) {
            value = call.fact().measure(this, args);
            facts.put(key, value);
        }
        if (recording != null) {
            recording.putIfAbsent(call.source(), value);
        }
        return value;
    }

    /** Evaluates an expression and returns its value together with every fact it measured, in order. */
    Recorded evaluate(Expr e) {
        LinkedHashMap<String, Double> outer = recording;
        recording = new LinkedHashMap<>();
        try {
            double value = e.value(this);
            List<Measurement> measured = new ArrayList<>();
            recording.forEach((source, v) -> measured.add(new Measurement(source, v)));
            return new Recorded(value, measured);
        } finally {
            recording = outer;
        }
    }

    /** A value and the facts measured on the way. */
    record Recorded(double value, List<Measurement> measured) {
    }

    RunPlan plan(String run) {
        return runs.plan(run);
    }

    Trajectory trajectory(String run) {
        return runs.trajectory(run);
    }

    Window window() {
        return runs.window();
    }

    Minima minima() {
        return minima;
    }

    LrSweep sweep(String run, double eps) {
        RunPlan plan = runs.plan(run);
        return sweeps.computeIfAbsent(List.of(run, eps), k -> LrSweep.of(sweeper, plan, minima, eps));
    }

    /** The lr scan of the named run (see {@link ScanFacts#scan}), computed once. */
    LrScan scan(String run) {
        RunPlan plan = runs.plan(run);
        return scans.computeIfAbsent(List.of(run), k -> ScanFacts.scan(sweeper, plan.spec()));
    }

    /** The lr scan of the named run on its landscape with one parameter changed, computed once. */
    LrScan scanWith(String run, String param, double value) {
        RunPlan plan = runs.plan(run);
        return scans.computeIfAbsent(List.of(run, param, value),
                k -> ScanFacts.scan(sweeper, ScanFacts.withLandscapeParam(plan.spec(), param, value)));
    }

    /** The range test of the named run (see {@link ScanFacts#rangeTest}), computed once. */
    RangeTestResult rangeTest(String run) {
        RunPlan plan = runs.plan(run);
        return rangeTests.computeIfAbsent(run, k -> ScanFacts.rangeTest(plan.spec()));
    }
}
