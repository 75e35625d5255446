package org.downhill.sweep;

/**
 * Hears how far a sweep is: called once after every finished run, from the worker thread that
 * finished it (so it must be thread-safe and quick; a view model should only store the numbers).
 */
@FunctionalInterface
public interface Progress {

    /** Ignores progress. */
    Progress NONE = (done, total) -> { };

    /**
     * @param done  the runs finished so far, 1 to {@code total}
     * @param total the runs of the sweep
     */
    void update(int done, int total);
}
