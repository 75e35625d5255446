package org.downhill.sweep;

import java.util.List;
import java.util.Map;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.sim.RunSpec;

/**
 * The stability map: one run simulated over a grid of learning rate (log-spaced) × momentum,
 * each cell classified. The second axis is the optimizer's {@code momentum} (SGD, RMSprop) or
 * the first of its {@code betas} (the Adam family); an optimizer with neither has no map. SGD with
 * Nesterov momentum runs its momentum-0 cells as plain SGD (the same update; PyTorch refuses
 * Nesterov without momentum). Cell (i, j) is learning rate i and momentum j. Immutable.
 */
public final class StabilityMap {
    private final double[] lrs;
    private final double[] momenta;
    private final String axis;
    private final SweepResult outcomes;

    private StabilityMap(double[] lrs, double[] momenta, String axis, SweepResult outcomes) {
        this.lrs = lrs;
        this.momenta = momenta;
        this.axis = axis;
        this.outcomes = outcomes;
    }

    /**
     * Runs the map over {@code lrPoints} log-spaced learning rates from {@code lrMin} to
     * {@code lrMax} and {@code momentumPoints} evenly spaced momenta from {@code momentumMin} to
     * {@code momentumMax}.
     *
     * @throws InvalidParameterException if a range is not allowed (checked at its corners, before
     *                                   any run), the grid has more than {@link LrScan#MAX_POINTS}
     *                                   cells, or the optimizer has no momentum
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static StabilityMap run(Sweeper sweeper, RunSpec base, double lrMin, double lrMax, int lrPoints,
                                   double momentumMin, double momentumMax, int momentumPoints,
                                   Cancellation cancel, Progress progress) {
        String axis = axisOf(base.settings().optimizer().kind());
        double[] lrs = LrScan.logSpaced("lr", lrMin, lrMax, lrPoints);
        double[] momenta = evenlySpaced(momentumMin, momentumMax, momentumPoints);
        long cells = (long) lrPoints * momentumPoints;
        if (cells > LrScan.MAX_POINTS) {
            throw new InvalidParameterException("Invalid map size: " + lrPoints + " x " + momentumPoints + " = " + cells
                    + " runs (allowed: at most " + LrScan.MAX_POINTS + " runs in all)");
        }
        with(base, lrs[0], momenta[0]);
        with(base, lrs[lrPoints - 1], momenta[momentumPoints - 1]);
        SweepResult outcomes = sweeper.run(lrPoints * momentumPoints,
                k -> with(base, lrs[k % lrPoints], momenta[k / lrPoints]), cancel, progress);
        return new StabilityMap(lrs, momenta, axis, outcomes);
    }

    /**
     * The name of the second axis for an optimizer: {@code momentum} or {@code beta1}.
     *
     * @throws InvalidParameterException if it has neither
     */
    public static String axisOf(OptimizerKind kind) {
        return switch (kind.cycledMomentum()) {
            case MOMENTUM -> "momentum";
            case BETA1 -> "beta1";
            case NONE -> throw noAxis(kind);
        };
    }

    private static InvalidParameterException noAxis(OptimizerKind kind) {
        return new InvalidParameterException(kind.torchName() + " has no momentum or beta1 to vary: a stability "
                + "map needs SGD, RMSprop or an Adam-type optimizer");
    }

    /** An optimizer's value on the map's second axis: its momentum or beta1; NaN if it has neither. */
    public static double momentumOf(OptimizerSpec o) {
        return switch (o.kind().cycledMomentum()) {
            case MOMENTUM -> o.hyper().real("momentum");
            case BETA1 -> o.hyper().real("betas", 0);
            case NONE -> Double.NaN;
        };
    }

    /**
     * The run with another learning rate and momentum (or beta1), validated.
     *
     * @throws InvalidParameterException if a value is not allowed
     */
    public static RunSpec with(RunSpec base, double lr, double momentum) {
        OptimizerSpec o = base.settings().optimizer();
        Map<String, Object> changes = switch (o.kind().cycledMomentum()) {
            case MOMENTUM -> o.kind() == OptimizerKind.SGD && momentum == 0 && o.hyper().flag("nesterov")
                    ? Map.of("lr", lr, "momentum", 0.0, "nesterov", false) : Map.of("lr", lr, "momentum", momentum);
            case BETA1 -> Map.of("lr", lr, "betas", List.of(momentum, o.hyper().real("betas", 1)));
            case NONE -> throw noAxis(o.kind());
        };
        return base.withSettings(base.settings().withOptimizer(new OptimizerSpec(o.kind(), o.hyper().with(changes))));
    }

    private static double[] evenlySpaced(double min, double max, int n) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new InvalidParameterException("The momentum range must have momentum-min <= momentum-max, not "
                    + NumberText.of(min) + " to " + NumberText.of(max));
        }
        LrScan.checkPoints(n);
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = j == 0 ? min : j == n - 1 ? max : min + (max - min) * j / (n - 1);
        }
        return v;
    }

    /** The name of the second axis: {@code momentum} or {@code beta1}. */
    public String axis() {
        return axis;
    }

    /** The number of learning rates (columns). */
    public int lrCount() {
        return lrs.length;
    }

    /** The number of momenta (rows). */
    public int momentumCount() {
        return momenta.length;
    }

    /** The i-th learning rate, increasing with i. */
    public double lr(int i) {
        return lrs[i];
    }

    /** The j-th momentum (or beta1), increasing with j. */
    public double momentum(int j) {
        return momenta[j];
    }

    /** What the run at learning rate i and momentum j did. */
    public Outcome outcome(int i, int j) {
        if (i < 0 || i >= lrs.length || j < 0 || j >= momenta.length) {
            throw new IndexOutOfBoundsException("cell (" + i + ", " + j + ") of " + lrs.length + " x "
                    + momenta.length);
        }
        return outcomes.get(j * lrs.length + i);
    }
}
