package org.downhill.scenario;

import java.util.List;
import java.util.Objects;
import org.downhill.claim.Caption;
import org.downhill.claim.Measurements;
import org.downhill.claim.Verdict;

/**
 * A scenario measured: its runs simulated once, every claim checked and the caption filled from
 * the same measurements, so that the numbers in the caption are the ones the claims were decided
 * on. The tests require every shipped claim to hold; the app and the {@code render} command show
 * the scenario with its caption filled ({@link #shown(Scenario)}, the same numbers).
 *
 * @param shown        the scenario with its caption filled (the claims kept)
 * @param verdicts     every claim's verdict, in the scenario's order
 * @param measurements the measurements, for further facts on the same runs (e.g. an ensemble to draw)
 */
public record Measured(Scenario shown, List<Verdict> verdicts, Measurements measurements) {

    /** Copies the list. */
    public Measured {
        Objects.requireNonNull(shown, "shown");
        verdicts = List.copyOf(verdicts);
        Objects.requireNonNull(measurements, "measurements");
    }

    /**
     * Measures a scenario.
     *
     * @throws org.downhill.param.InvalidParameterException if a claim or the caption asks for a fact
     *                                                      the runs do not have (a hyper-parameter
     *                                                      the run's optimizer lacks)
     */
    public static Measured of(Scenario scenario) {
        Measurements m = new Measurements(scenario.claimRuns());
        List<Verdict> verdicts = scenario.claims().stream().map(c -> c.check(m)).toList();
        String caption = Caption.parse(scenario.caption()).fill(m);
        return new Measured(scenario.withCaption(caption), verdicts, m);
    }

    /**
     * The scenario with its caption filled, measuring only what the caption prints (cheaper than
     * {@link #of}, which also checks every claim): what the app and the figures show.
     *
     * @throws org.downhill.param.InvalidParameterException if the caption asks for a fact the runs
     *                                                      do not have
     */
    public static Scenario shown(Scenario scenario) {
        Measurements m = new Measurements(scenario.claimRuns());
        return scenario.withCaption(Caption.parse(scenario.caption()).fill(m));
    }

    /** Whether every claim holds. */
    public boolean allHold() {
        return verdicts.stream().allMatch(Verdict::holds);
    }
}
