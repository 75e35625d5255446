package org.downhill.rangetest;

import java.util.Arrays;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/** How a range test ended, with the reference's names. */
public enum RangeTermination {
    /** All iterations done. */
    COMPLETED("completed"),
    /** The smoothed loss rose above the threshold times the best smoothed loss. */
    DIVERGED("diverged"),
    /** x, y or the loss stopped being finite. */
    NONFINITE("nonfinite"),
    /** |x| or |y| exceeded 1e150. */
    MAGNITUDE("magnitude_over_1e150");

    private final String id;

    RangeTermination(String id) {
        this.id = id;
    }

    /** The reference's name, e.g. {@code magnitude_over_1e150}. */
    public String id() {
        return id;
    }

    /**
     * The termination with this name.
     *
     * @throws InvalidParameterException if there is none
     */
    public static RangeTermination byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElseThrow(
                () -> new InvalidParameterException("Unknown termination '" + Excerpt.of(id)
                        + "' (allowed: completed, diverged, nonfinite, magnitude_over_1e150)"));
    }
}
