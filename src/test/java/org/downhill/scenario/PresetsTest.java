package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * The shipped presets load, say what the core's diagnosis says, and survive a write and a read.
 *
 * <p>The caption rule: every run is named in the caption (as a whole word or phrase, ignoring
 * case), and some sentence that names it also holds a word for its expected outcome. The outcome
 * word follows the diagnosis' headline: where a run is stuck (a local minimum, a saddle point, a
 * plateau) that place is named, otherwise the regime.
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
    void thereAreTenPresetsWithDistinctIdsTitlesAndCaptions() {
        List<Preset> presets = Presets.all();
        assertEquals(10, presets.size());
        assertEquals(presets.size(), presets.stream().map(Preset::id).distinct().count());
        for (Preset p : presets) {
            assertFalse(p.title().isBlank(), p.id());
            assertFalse(p.scenario().caption().isBlank(), p.id());
            assertEquals(p, Presets.byId(p.id()));
        }
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
                assertNotNull(run.expect(), p.id() + ": " + run.name() + " has no expect");
                Diagnosis d = Diagnoser.diagnose(Simulator.run(plans.get(i)));
                assertEquals(run.expect(), new Scenario.Expectation(d.regime(), d.destination()),
                        p.id() + ": " + run.name() + " (" + d.headline() + ": " + d.explanation() + ")");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaptionNamesEachRunWithItsOutcome() {
        return Presets.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            List<String> sentences = Arrays.stream(p.scenario().caption().split("(?<=[.!?])\\s+"))
                    .map(s -> s.toLowerCase(Locale.ROOT)).toList();
            for (Scenario.Run run : p.scenario().runs()) {
                Pattern name = Pattern.compile("\\b" + Pattern.quote(run.name().toLowerCase(Locale.ROOT)) + "\\b");
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
