package org.downhill.sim;

/** How a run ended, with the reference data's names. */
public enum Termination {
    /** All steps done. */
    COMPLETED("completed"),
    /** Stopped at the first row where x, y or the loss is infinite or NaN. */
    NONFINITE("nonfinite"),
    /** Stopped at the first row where |x| or |y| exceeds {@link Trajectory#MAGNITUDE_LIMIT}. */
    MAGNITUDE("magnitude_over_1e150");

    private final String id;

    Termination(String id) {
        this.id = id;
    }

    /** The name used in the reference manifest, e.g. {@code magnitude_over_1e150}. */
    public String id() {
        return id;
    }

    /** Whether the run was cut short because it blew up. */
    public boolean diverged() {
        return this != COMPLETED;
    }
}
