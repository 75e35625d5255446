package org.downhill.scenario;

import org.downhill.rangetest.RangeTermination;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.Suggestions;
import org.downhill.sim.RunSpec;

/**
 * One case of the range-test reference format: a run, the test's settings and, where the file
 * gives them, what the reference produced.
 *
 * @param id          the case name
 * @param csv         the rows' file name, or {@code null}
 * @param run         the run the test starts from (its lr and steps are the test's business)
 * @param config      the test's settings, with the reference's divergence rule
 * @param rows        the number of rows the reference wrote, or {@code null}
 * @param termination how the reference's test ended, or {@code null}
 * @param suggestions the reference's suggestions, or {@code null}
 */
public record RangeTestCase(String id, String csv, RunSpec run, RangeTestConfig config, Integer rows,
                            RangeTermination termination, Suggestions suggestions) {
}
