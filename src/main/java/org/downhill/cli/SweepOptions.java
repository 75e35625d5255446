package org.downhill.cli;

import java.util.concurrent.ForkJoinPool;
import org.downhill.param.RealParam;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.Sweeper;
import picocli.CommandLine.Option;

/**
 * The learning-rate axis of a sweep ({@code --lr-min --lr-max --points}), shared by {@code scan}
 * and {@code map}; the range defaults to the span of the app's learning-rate slider for the
 * run's optimizer.
 */
final class SweepOptions {

    @Option(names = "--lr-min", paramLabel = "LR",
            description = "the smallest learning rate (default: the slider's, 1e-05)")
    Double lrMin;

    @Option(names = "--lr-max", paramLabel = "LR",
            description = "the largest learning rate (default: the slider's, 10)")
    Double lrMax;

    /** The smallest learning rate for this run. */
    double lrMin(RunSpec run) {
        return lrMin != null ? lrMin : lrParam(run).sliderMin();
    }

    /** The largest learning rate for this run. */
    double lrMax(RunSpec run) {
        return lrMax != null ? lrMax : lrParam(run).sliderMax();
    }

    private static RealParam lrParam(RunSpec run) {
        return (RealParam) run.settings().optimizer().kind().schema().param("lr");
    }

    /** Every core: the calling thread and the common pool's workers. */
    static Sweeper allCores() {
        return Sweeper.on(ForkJoinPool.commonPool());
    }
}
