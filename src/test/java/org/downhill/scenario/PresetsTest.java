package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.downhill.claim.Caption;
import org.downhill.claim.Verdict;
import org.downhill.diagnose.Destination;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.Diagnosis;
import org.downhill.diagnose.Regime;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped presets load, every claim of theirs holds when measured, their captions print only
 * measured numbers, they say what the core's diagnosis says, and they survive a write and a read.
 *
 * <p>The caption rule: every run is named in the filled caption (as a whole word or phrase,
 * ignoring case), and, where the run states what it is meant to show ({@code expect}), some
 * sentence that names it also holds a word for that outcome. The outcome word follows the
 * diagnosis' headline: where a run is stuck (a local minimum, a saddle point, a plateau) that place
 * is named, otherwise the regime.
 */
class PresetsTest {

    /** Word stems for each outcome, matched case-insensitively inside a sentence. */
    private static final Map<Regime, String> REGIME_WORDS = Map.of(
            Regime.CONVERGES, "converge",
            Regime.CONVERGES_OSCILLATING, "overshoot",
            Regime.OSCILLATES, "oscillat",
            Regime.DIVERGES, "diverge",
            Regime.SLOW, "slow");
    private static final Map<Destination, String> STUCK_WORDS = Map.of(
            Destination.LOCAL_MINIMUM, "local minimum",
            Destination.SADDLE, "saddle",
            Destination.PLATEAU, "plateau");

    @Test
    void everyPresetHasADistinctIdATitleACaptionAndClaims() {
        List<Preset> presets = Presets.all();
        assertEquals(16, presets.size());
        assertEquals(presets.size(), presets.stream().map(Preset::id).distinct().count());
        for (Preset p : presets) {
            assertFalse(p.title().isBlank(), p.id());
            assertFalse(p.scenario().caption().isBlank(), p.id());
            assertFalse(p.scenario().claims().isEmpty(), p.id());
            assertEquals(p, Presets.byId(p.id()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyClaimOfEveryPresetHolds() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Measured m = Measured.of(p.scenario());
            assertEquals(p.scenario().claims().size(), m.verdicts().size());
            assertTrue(m.allHold(), () -> p.id() + ":\n" + m.verdicts().stream().map(Verdict::toString)
                    .collect(Collectors.joining("\n")));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaptionPrintsFiniteMeasuredNumbers() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Measured m = Measured.of(p.scenario());
            Caption caption = Caption.parse(p.scenario().caption());
            assertTrue(caption.measured(), p.id() + ": the caption measures nothing");
            for (double v : caption.values(m.measurements())) {
                assertTrue(Double.isFinite(v), p.id() + ": a placeholder measures " + v);
            }
            assertFalse(m.shown().caption().contains("{"), m.shown().caption());
            assertEquals(p.scenario().claims(), m.shown().claims());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRunIsMeasuredByAClaim() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Set<String> measured = p.scenario().claims().stream().flatMap(c -> c.runNames().stream())
                    .collect(Collectors.toSet());
            for (Scenario.Run run : p.scenario().runs()) {
                assertTrue(measured.contains(run.name()), p.id() + ": no claim measures '" + run.name() + "'");
            }
        }));
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.byId("nope"));
        assertTrue(e.getMessage().contains("lr-too-small"), e.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> everyRunDoesWhatItsPresetExpects() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            List<RunPlan> plans = p.scenario().plans();
            for (int i = 0; i < plans.size(); i++) {
                Scenario.Run run = p.scenario().runs().get(i);
                if (run.expect() == null) {
                    continue;
                }
                Diagnosis d = Diagnoser.diagnose(Simulator.run(plans.get(i)));
                assertEquals(run.expect(), new Scenario.Expectation(d.regime(), d.destination()),
                        p.id() + ": " + run.name() + " (" + d.headline() + ": " + d.explanation() + ")");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaptionNamesEachRunWithItsOutcome() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            String caption = Measured.of(p.scenario()).shown().caption();
            List<String> sentences = Arrays.stream(caption.split("(?<=[.!?])\\s+"))
                    .map(s -> s.toLowerCase(Locale.ROOT)).toList();
            for (Scenario.Run run : p.scenario().runs()) {
                Pattern name = Pattern.compile("\\b" + Pattern.quote(run.name().toLowerCase(Locale.ROOT)) + "\\b");
                assertTrue(sentences.stream().anyMatch(s -> name.matcher(s).find()),
                        p.id() + ": the caption does not name '" + run.name() + "'");
                if (run.expect() == null) {
                    continue;
                }
                String word = outcomeWord(run.expect());
                assertTrue(sentences.stream().anyMatch(s -> name.matcher(s).find() && s.contains(word)),
                        p.id() + ": no sentence names '" + run.name() + "' and says '" + word + "'");
            }
        }));
    }

    private static String outcomeWord(Scenario.Expectation expect) {
        return STUCK_WORDS.getOrDefault(expect.destination(), REGIME_WORDS.get(expect.regime()));
    }

    @Test
    void theCaptionRuleCanFail() {
        Scenario.Expectation stuck = new Scenario.Expectation(Regime.CONVERGES, Destination.LOCAL_MINIMUM);
        assertEquals("local minimum", outcomeWord(stuck));
        assertEquals("diverge", outcomeWord(new Scenario.Expectation(Regime.DIVERGES, Destination.NONE)));
        assertEquals(REGIME_WORDS.keySet(), Set.copyOf(Arrays.asList(Regime.values())));
    }

    @TestFactory
    Stream<DynamicTest> writingThenReadingGivesAnEqualScenario() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            String written = ScenarioJson.write(p.scenario());
            Scenario read = ScenarioJson.read(written);
            assertEquals(p.scenario(), read);
            assertEquals(p.scenario().hashCode(), read.hashCode());
            assertEquals(written, ScenarioJson.write(read));
        }));
    }
}
