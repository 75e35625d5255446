package org.downhill.schedule;

import org.downhill.param.InvalidParameterException;

/**
 * A linear warm-up put in front of any schedule: for the first {@code steps} steps the learning
 * rate rises linearly from {@code startFactor * base} to {@code base}:
 * {@code lr_k = base * (startFactor + (1 - startFactor) * k / steps)}; from step {@code steps} on,
 * the wrapped schedule runs from its own step 0 (as PyTorch's {@code SequentialLR} of a
 * {@code LinearLR} and the schedule).
 *
 * @param steps       the length of the warm-up; 0 means none
 * @param startFactor the fraction of the base rate at step 0, in (0, 1]
 */
public record Warmup(int steps, double startFactor) {

    /** No warm-up (its start factor is the one a warm-up gets when its steps are set). */
    public static final Warmup NONE = new Warmup(0, 0.1);

    /** Validates the values. */
    public Warmup {
        if (steps < 0) {
            throw new InvalidParameterException("Invalid value for warmup_steps: " + steps
                    + " (allowed: an integer warmup_steps >= 0)");
        }
        if (!(startFactor > 0 && startFactor <= 1)) {
            throw new InvalidParameterException("Invalid value for warmup_start_factor: " + startFactor
                    + " (allowed: 0 < warmup_start_factor <= 1)");
        }
    }

    /** Whether there is a warm-up at all. */
    public boolean isNone() {
        return steps == 0;
    }
}
