package org.downhill.sim;

import java.util.Objects;
import org.downhill.param.InvalidParameterException;

/**
 * A change of settings in the middle of a run: from the update that starts at {@code step} on,
 * the run continues under {@code settings}, keeping the optimizer's state (momentum, moment
 * estimates, step count) when the optimizer kind stays the same.
 *
 * @param step     the step at which the new settings take over, at least 1
 * @param settings the new settings
 */
public record Edit(int step, Settings settings) {

    /** Validates the values. */
    public Edit {
        Objects.requireNonNull(settings, "settings");
        if (step < 1) {
            throw new InvalidParameterException("An edit must happen at step 1 or later, not " + step);
        }
    }
}
