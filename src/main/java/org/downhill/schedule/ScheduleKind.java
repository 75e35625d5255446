package org.downhill.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.downhill.param.ChoiceParam;
import org.downhill.param.Excerpt;
import org.downhill.param.FlagParam;
import org.downhill.param.IntListParam;
import org.downhill.param.IntParam;
import org.downhill.param.Interval;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.Param;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * The learning-rate schedules, with {@code torch.optim.lr_scheduler} class names and argument
 * names. Where PyTorch has no default (a required argument) the default here is a reasonable value
 * for a run of a few hundred steps, and the meaning says so. Each schedule is its own small class;
 * this enum is the table that names them and describes their arguments.
 */
public enum ScheduleKind {
    /** A constant learning rate. */
    CONSTANT("constant", "Constant", "The learning rate stays the same.", args -> new ConstantSchedule()),
    /** Decay by gamma every step_size steps. */
    STEP_LR("StepLR", "Step decay", "Multiplies the learning rate by gamma every step_size steps.", StepLr::new,
            IntParam.of("step_size", 50, 1, Integer.MAX_VALUE, "steps between decays (required in torch)"),
            gamma(0.1, "factor applied at each decay")),
    /** Decay by gamma at each milestone. */
    MULTI_STEP_LR("MultiStepLR", "Multi-step decay", "Multiplies the learning rate by gamma at each milestone step.",
            MultiStepLr::new,
            new IntListParam("milestones", "the steps at which the rate decays (required in torch)", List.of(50, 100), 1),
            gamma(0.1, "factor applied at each milestone")),
    /** Decay by gamma every step. */
    EXPONENTIAL_LR("ExponentialLR", "Exponential decay", "Multiplies the learning rate by gamma after every step.",
            ExponentialLr::new,
            RealParam.linear("gamma", 0.99, Interval.above(0), 0.9, 1, "factor applied every step (required in torch)")),
    /** Half a cosine from the base rate down to eta_min over T_max steps. */
    COSINE_ANNEALING_LR("CosineAnnealingLR", "Cosine annealing",
            "Lowers the learning rate along half a cosine to eta_min over T_max steps (and back up after).",
            CosineAnnealingLr::new,
            IntParam.of("T_max", 100, 1, Integer.MAX_VALUE, "steps from the base rate down to eta_min (required in torch)"),
            etaMin()),
    /** Cosine annealing restarted every T_0, T_0 T_mult, ... steps. */
    COSINE_ANNEALING_WARM_RESTARTS("CosineAnnealingWarmRestarts", "Cosine with warm restarts",
            "Cosine annealing that jumps back to the base rate at each restart, periods growing by T_mult.",
            CosineAnnealingWarmRestarts::new,
            IntParam.of("T_0", 50, 1, Integer.MAX_VALUE, "steps until the first restart (required in torch)"),
            IntParam.of("T_mult", 1, 1, 1000, "factor by which each period is longer than the last"),
            etaMin()),
    /** Linear ramp of the rate's factor. */
    LINEAR_LR("LinearLR", "Linear ramp",
            "Scales the learning rate linearly from start_factor to end_factor over total_iters steps.",
            LinearLr::new,
            RealParam.linear("start_factor", 1.0 / 3, Interval.openClosed(0, 1), 0.01, 1,
                    "fraction of the base rate at step 0"),
            RealParam.linear("end_factor", 1.0, Interval.closed(0, 1), 0, 1,
                    "fraction of the base rate from total_iters on"),
            IntParam.of("total_iters", 5, 1, Integer.MAX_VALUE, "steps of the ramp")),
    /** Polynomial decay to zero. */
    POLYNOMIAL_LR("PolynomialLR", "Polynomial decay",
            "Lowers the learning rate to zero over total_iters steps along (1 - k/total_iters)^power.",
            PolynomialLr::new,
            IntParam.of("total_iters", 5, 1, Integer.MAX_VALUE, "steps until the rate reaches zero"),
            RealParam.linear("power", 1.0, Interval.atLeast(0), 0, 5, "shape of the decay: 1 is a straight line")),
    /** Warm up to max_lr, then anneal far below the start. */
    ONE_CYCLE_LR("OneCycleLR", "One cycle",
            "Warms the rate up to max_lr, then anneals it far below where it started; momentum moves the other way.",
            OneCycleLr::new, OneCycleLr::phasesRule,
            RealParam.log("max_lr", 0.1, Interval.above(0), 1e-5, 10, "the peak learning rate (required in torch)"),
            IntParam.of("total_steps", 100, 1, Integer.MAX_VALUE, "length of the cycle in steps (required in torch)"),
            RealParam.linear("pct_start", 0.3, Interval.closed(0, 1), 0, 1, "fraction of the cycle spent warming up"),
            ChoiceParam.of("anneal_strategy", "cos", List.of("cos", "linear"), "shape of the rises and falls"),
            FlagParam.of("cycle_momentum", true, "also cycle the momentum (or beta1) inversely to the rate"),
            RealParam.linear("base_momentum", 0.85, Interval.closed(0, 1), 0, 1, "momentum at the peak rate"),
            RealParam.linear("max_momentum", 0.95, Interval.closed(0, 1), 0, 1, "momentum at the lowest rates"),
            RealParam.log("div_factor", 25, Interval.above(0), 1, 1000, "the start rate is max_lr / div_factor"),
            RealParam.log("final_div_factor", 1e4, Interval.above(0), 1, 1e6,
                    "the final rate is the start rate / final_div_factor"),
            FlagParam.of("three_phase", false, "come back down to the start rate before the final annealing")),
    /** Triangular cycles between base_lr and max_lr. */
    CYCLIC_LR("CyclicLR", "Cyclic",
            "Sweeps the learning rate up and down between base_lr and max_lr in triangular cycles.", CyclicLr::new,
            RealParam.log("base_lr", 0.001, Interval.atLeast(0), 1e-5, 10, "the low end of each cycle (required in torch)"),
            RealParam.log("max_lr", 0.01, Interval.atLeast(0), 1e-5, 10, "the high end of each cycle (required in torch)"),
            IntParam.of("step_size_up", 2000, 1, Integer.MAX_VALUE, "steps from base_lr up to max_lr"),
            IntParam.optional("step_size_down", 1, Integer.MAX_VALUE, "steps back down (none: as many as up)"),
            ChoiceParam.of("mode", "triangular", List.of("triangular", "triangular2", "exp_range"),
                    "triangular: same height; triangular2: halved each cycle; exp_range: shrinks by gamma^step"),
            RealParam.linear("gamma", 1.0, Interval.above(0), 0.9, 1, "per-step shrink factor of exp_range"),
            FlagParam.of("cycle_momentum", true, "also cycle the momentum (or beta1) inversely to the rate"),
            RealParam.linear("base_momentum", 0.8, Interval.closed(0, 1), 0, 1, "momentum at the peak rate"),
            RealParam.linear("max_momentum", 0.9, Interval.closed(0, 1), 0, 1, "momentum at base_lr")),
    /** Cut the rate when the loss stops improving. */
    REDUCE_LR_ON_PLATEAU("ReduceLROnPlateau", "Reduce on plateau",
            "Cuts the learning rate by factor when the loss has not improved for patience steps.",
            ReduceLrOnPlateau::new,
            ChoiceParam.of("mode", "min", List.of("min", "max"), "min: the loss should fall; max: it should rise"),
            RealParam.linear("factor", 0.1, Interval.closedOpen(0, 1), 0, 0.99, "factor applied at each cut"),
            IntParam.of("patience", 10, 0, Integer.MAX_VALUE, "steps without improvement tolerated before a cut"),
            RealParam.log("threshold", 1e-4, Interval.atLeast(0), 1e-8, 0.1, "how much better counts as an improvement"),
            ChoiceParam.of("threshold_mode", "rel", List.of("rel", "abs"),
                    "rel: better by a fraction of the best; abs: by an amount"),
            IntParam.of("cooldown", 0, 0, Integer.MAX_VALUE, "steps to wait after a cut before counting again"),
            RealParam.linear("min_lr", 0, Interval.atLeast(0), 0, 0.01, "the rate is never cut below this"),
            RealParam.log("eps", 1e-8, Interval.atLeast(0), 1e-12, 1e-2, "cuts smaller than this are skipped"));

    private final String torchName;
    private final String displayName;
    private final String description;
    private final ParamSchema schema;
    private final Function<ParamSet, Schedule> factory;

    ScheduleKind(String torchName, String displayName, String description, Function<ParamSet, Schedule> factory,
                 Param... params) {
        this(torchName, displayName, description, factory, set -> null, params);
    }

    ScheduleKind(String torchName, String displayName, String description, Function<ParamSet, Schedule> factory,
                 Function<ParamSet, String> rule, Param... params) {
        this.torchName = torchName;
        this.displayName = displayName;
        this.description = description;
        this.schema = ParamSchema.of(torchName, List.of(params)).withRule(rule);
        this.factory = factory;
    }

    private static RealParam gamma(double defaultValue, String meaning) {
        return RealParam.linear("gamma", defaultValue, Interval.above(0), 0.01, 1, meaning);
    }

    private static RealParam etaMin() {
        return RealParam.linear("eta_min", 0, Interval.atLeast(0), 0, 0.1, "the lowest learning rate reached");
    }

    /** PyTorch's class name, e.g. {@code CosineAnnealingLR}, or {@code constant}. */
    public String torchName() {
        return torchName;
    }

    /** The name for people, e.g. {@code Cosine annealing}. */
    public String displayName() {
        return displayName;
    }

    /** One sentence on what the schedule does. */
    public String description() {
        return description;
    }

    /** The arguments with their defaults, ranges and meanings. */
    public ParamSchema schema() {
        return schema;
    }

    /** The schedule with validated arguments of this kind. */
    public Schedule create(ParamSet args) {
        if (!args.schema().owner().equals(schema.owner())) {
            throw new IllegalArgumentException("arguments of " + args.schema().owner() + " given to " + this);
        }
        return factory.apply(args);
    }

    /**
     * The schedule with this PyTorch class name, case-insensitively; {@code constant} or
     * {@code none} for no schedule.
     *
     * @throws InvalidParameterException listing the known names
     */
    public static ScheduleKind byName(String name) {
        String n = name.trim();
        if (n.equalsIgnoreCase("none")) {
            return CONSTANT;
        }
        return Arrays.stream(values()).filter(k -> k.torchName.equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("Unknown schedule '" + Excerpt.of(name)
                        + "'; known: " + String.join(", ", Arrays.stream(values()).map(ScheduleKind::torchName).toList())));
    }

    @Override
    public String toString() {
        return torchName;
    }
}
