package org.downhill.lesson;

import java.util.List;
import java.util.Objects;
import org.downhill.claim.Claim;
import org.downhill.claim.Measurements;
import org.downhill.claim.Verdict;
import org.downhill.scenario.Scenario;

/**
 * Something to try on a page, e.g. "make it diverge", checked by a claim on the runs as the user
 * has set them: the task is done when its claim holds. A solution (settings that do it) lets the
 * tests show that the task can be done, and that the page does not start out done. Immutable.
 *
 * @param text     what to try, in a sentence
 * @param check    the claim that says it is done
 * @param solution changes that do it, or none
 */
public record Task(String text, Claim check, List<Change> solution) {

    /** Checks that nothing is missing. */
    public Task {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(check, "check");
        solution = List.copyOf(solution);
    }

    /**
     * Whether the task is done on these runs, with the numbers it was decided on.
     *
     * @throws org.downhill.param.InvalidParameterException if the runs no longer have a run the
     *                                                      task names (the user renamed or removed it)
     */
    public Verdict check(Scenario current) {
        return check.check(new Measurements(current.claimRuns()));
    }

    /** The scenario with the solution's changes made. */
    public Scenario solve(Scenario scenario) {
        Scenario solved = scenario;
        for (Change c : solution) {
            solved = c.apply(solved);
        }
        return solved;
    }
}
