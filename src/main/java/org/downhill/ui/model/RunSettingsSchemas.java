package org.downhill.ui.model;

import java.util.List;
import org.downhill.param.IntParam;
import org.downhill.param.Interval;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;
import org.downhill.schedule.Warmup;
import org.downhill.sim.NoiseSpec;

/**
 * Descriptors of the run settings that are not an optimizer's or a schedule's own: gradient noise,
 * the warm-up and the number of steps, so that the app edits them with the same generated
 * controls, ranges and messages as every other parameter.
 */
public final class RunSettingsSchemas {
    /** Gradient noise: sigma, batch and seed. */
    public static final ParamSchema NOISE = ParamSchema.of("noise", List.of(
            RealParam.linear("noise", 0, Interval.atLeast(0), 0, 5,
                    "standard deviation of the gradient noise of a single sample"),
            IntParam.of("batch", 1, 1, 100_000, "batch size: the noise shrinks as noise / sqrt(batch)"),
            IntParam.of("seed", 0, 0, Integer.MAX_VALUE, "seed of the random noise: the same seed, the same run")));

    /** The warm-up in front of the schedule. */
    public static final ParamSchema WARMUP = ParamSchema.of("warm-up", List.of(
            IntParam.of("warmup_steps", 0, 0, LabViewModel.MAX_STEPS, "steps of linear warm-up before the schedule (0: none)"),
            RealParam.linear("warmup_start_factor", 0.1, Interval.openClosed(0, 1), 0.01, 1,
                    "fraction of the learning rate the warm-up starts from")));

    /** The number of steps of every run. */
    public static final ParamSchema STEPS = ParamSchema.of("run", List.of(
            IntParam.of("steps", 150, 1, LabViewModel.MAX_STEPS, "number of updates of every run")));

    private RunSettingsSchemas() {
    }

    /** Noise settings as parameter values. */
    public static ParamSet noise(NoiseSpec noise) {
        return NOISE.bind(java.util.Map.of("noise", noise.sigma(), "batch", noise.batch(), "seed",
                (int) Math.min(Integer.MAX_VALUE, Math.max(0, noise.seed()))));
    }

    /** Parameter values as noise settings. */
    public static NoiseSpec noise(ParamSet values) {
        return new NoiseSpec(values.real("noise"), values.integer("batch"), values.integer("seed"));
    }

    /** A warm-up as parameter values. */
    public static ParamSet warmup(Warmup warmup) {
        return WARMUP.bind(java.util.Map.of("warmup_steps", warmup.steps(), "warmup_start_factor", warmup.startFactor()));
    }

    /** Parameter values as a warm-up. */
    public static Warmup warmup(ParamSet values) {
        return new Warmup(values.integer("warmup_steps"), values.real("warmup_start_factor"));
    }
}
