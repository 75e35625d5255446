package org.downhill.claim;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.downhill.diagnose.Regime;
import org.downhill.landscape.Landscape;
import org.downhill.param.InvalidParameterException;
import org.downhill.rangetest.RangeTest;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.rangetest.StepMode;
import org.downhill.rangetest.Suggestions;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Progress;
import org.downhill.sweep.Sweeper;

/**
 * The measurements behind the facts on a run's lr scan and range test: the lr scan
 * ({@link LrScan}) of the run over the claims' rates ({@link LrSweep#lrs()}: 501 rates from 1e-4
 * to 10) through the {@link Sweeper}, each rate's run classified as the badge does, and the range
 * test ({@link RangeTest}) of the run from its own learning rate.
 */
final class ScanFacts {
    /** The range test's last learning rate. */
    static final double RANGE_TEST_END = 10;

    private ScanFacts() {
    }

    /** The lr scan of the run (its spec: settings, start, steps; live edits are not part of a scan). */
    static LrScan scan(Sweeper sweeper, RunSpec spec) {
        return LrScan.run(sweeper, spec, LrSweep.LOWEST, LrSweep.HIGHEST, LrSweep.POINTS, new Cancellation(),
                Progress.NONE);
    }

    /**
     * The run on its landscape with one parameter set to another value (e.g. the bowl's
     * {@code condition}).
     *
     * @throws InvalidParameterException if the landscape has no such parameter or the value is not allowed
     */
    static RunSpec withLandscapeParam(RunSpec spec, String name, double value) {
        Landscape f = spec.landscape();
        if (f.params().schema().params().stream().noneMatch(p -> p.name().equals(name))) {
            throw new InvalidParameterException(f.displayName() + " has no parameter '" + name + "'");
        }
        return spec.withLandscape(f.family().create(f.params().with(name, value)));
    }

    /** The learning rate of a scan's index, NaN for none. */
    static double lr(LrScan scan, OptionalInt index) {
        return index.isPresent() ? scan.lr(index.getAsInt()) : Double.NaN;
    }

    /** The smallest rate of the scan whose run diverges (the badge's "diverging" or "diverged"); NaN for none. */
    static double smallestDiverging(LrScan scan) {
        for (int i = 0; i < scan.size(); i++) {
            if (scan.outcome(i).regime() == Regime.DIVERGES) {
                return scan.lr(i);
            }
        }
        return Double.NaN;
    }

    /**
     * The range test of the run: exponentially rising rates from the run's own lr to
     * {@link #RANGE_TEST_END} over {@link RangeTestConfig#DEFAULT_ITERATIONS} iterations, the loss
     * smoothed and the test stopped as torch-lr-finder does, the divergence rule applied to the
     * loss above the landscape's lowest known value (as {@code range-test --above-lowest}); on a
     * model on data in batches, through its batches on each batch's loss, measured from 0
     * ({@link RangeTest}).
     */
    static RangeTestResult rangeTest(RunSpec spec) {
        RangeTestConfig config = RangeTestConfig.towards(StepMode.EXP, spec.settings().optimizer().lr(),
                RANGE_TEST_END, RangeTestConfig.DEFAULT_ITERATIONS).withAboveLowest(true);
        return RangeTest.run(spec, config);
    }

    /**
     * One suggestion of a range test by its name as the {@code range-test} command prints it:
     * {@code steepest}, {@code minimum_div10} or {@code valley}; NaN where the test has too few rows.
     *
     * @throws InvalidParameterException for another name
     */
    static double suggestion(RangeTestResult result, String name) {
        Suggestions s = result.suggestions();
        OptionalDouble value = switch (name.toLowerCase(Locale.ROOT)) {
            case "steepest" -> s.steepest();
            case "minimum_div10" -> s.minimumDiv10();
            case "valley" -> s.valley();
            default -> throw new InvalidParameterException("Unknown range-test suggestion '" + name
                    + "' (known: steepest, minimum_div10, valley)");
        };
        return value.orElse(Double.NaN);
    }
}
