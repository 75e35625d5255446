package org.downhill.lesson;

import java.util.List;
import java.util.Objects;
import org.downhill.claim.Caption;
import org.downhill.claim.Verdict;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Scenario;

/**
 * One page of a lesson: a title, a short text, an optional intuition (a familiar picture tied to
 * what is on screen), the scenario shown and the tasks to try on it. The text and the intuition
 * are {@link Caption}s: they may hold numbers measured on the scenario's runs. Immutable.
 *
 * @param title     the page's title
 * @param text      what the page explains, with placeholders measured on the runs
 * @param intuition a familiar picture for the same idea, or {@code ""}
 * @param preset    the id of the preset the scenario comes from, or null if it is written in the page
 * @param scenario  the scenario shown (its claims are the page's claims)
 * @param tasks     the tasks, checked on the runs the user has made of the scenario
 */
public record Page(String title, String text, String intuition, String preset, Scenario scenario, List<Task> tasks) {

    /**
     * Validates the texts and that the texts and tasks name only runs of the scenario.
     *
     * @throws org.downhill.param.InvalidParameterException saying what is wrong
     */
    public Page {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        tasks = List.copyOf(tasks);
        scenario.requireRuns("text", Caption.parse(text).runNames());
        scenario.requireRuns("intuition", Caption.parse(intuition).runNames());
        for (int i = 0; i < tasks.size(); i++) {
            scenario.requireRuns("task " + (i + 1), tasks.get(i).check().runNames());
        }
    }

    /**
     * The page as shown: its scenario measured, its claims checked, and its texts filled from the
     * same measurements.
     */
    public Shown show() {
        Measured m = Measured.of(scenario);
        return new Shown(m.shown(), Caption.parse(text).fill(m.measurements()),
                Caption.parse(intuition).fill(m.measurements()), m.verdicts());
    }

    /**
     * A page with its numbers measured.
     *
     * @param scenario  the scenario with its caption filled
     * @param text      the text, filled
     * @param intuition the intuition, filled ({@code ""} for none)
     * @param verdicts  the verdicts of the scenario's claims
     */
    public record Shown(Scenario scenario, String text, String intuition, List<Verdict> verdicts) {
        /** Copies the list. */
        public Shown {
            verdicts = List.copyOf(verdicts);
        }
    }
}
