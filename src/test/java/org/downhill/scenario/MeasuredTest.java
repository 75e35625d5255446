package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.claim.Claim;
import org.downhill.claim.Numbers;
import org.downhill.claim.Verdict;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

class MeasuredTest {
    private static final Landscape BOWL = Landscapes.byId("quadratic").create();

    private static Scenario.Run sgd(String name, double lr) {
        return new Scenario.Run(name, "#000000", true, -2.5, 2,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr))), List.of(), null);
    }

    private static Scenario scenario(String caption, String... claims) {
        return new Scenario(BOWL, BOWL.defaultWindow(), 100, 0, Scenario.Display.defaultsFor(BOWL),
                List.of(sgd("Fast", 0.09), sgd("Slow", 0.01)), caption,
                java.util.Arrays.stream(claims).map(Claim::parse).toList());
    }

    @Test
    void checksEveryClaimAndFillsTheCaptionFromTheSameRuns() {
        Scenario s = scenario("Fast ends at loss {loss('Fast'):.2}, Slow at {loss('Slow'):.2}.",
                "loss('Fast') < loss('Slow')", "steps_to('Slow', 1e-3) < steps_to('Fast', 1e-3)");
        Measured m = Measured.of(s);
        List<Verdict> v = m.verdicts();
        assertTrue(v.get(0).holds());
        assertFalse(v.get(1).holds());
        assertFalse(m.allHold());
        Trajectory fast = Simulator.run(s.plans().get(0));
        Trajectory slow = Simulator.run(s.plans().get(1));
        assertEquals(fast.loss(100), v.get(0).measured().get(0).value());
        assertEquals("Fast ends at loss " + Numbers.format(fast.loss(100), 2) + ", Slow at "
                + Numbers.format(slow.loss(100), 2) + ".", m.shown().caption());
        assertEquals(s.claims(), m.shown().claims());
        assertEquals(s.runs(), m.shown().runs());
    }

    @Test
    void aScenarioWithoutPlaceholdersIsShownAsItIs() {
        Scenario s = scenario("Plain words.");
        assertEquals(s, Measured.of(s).shown());
        assertTrue(Measured.of(s).allHold());
    }

    @Test
    void claimsAndCaptionsMayNameOnlyRunsOfTheScenario() {
        InvalidParameterException claim = assertThrows(InvalidParameterException.class,
                () -> scenario("", "lr('Medium') > 0"));
        assertEquals("The claim 'lr('Medium') > 0' names the run 'Medium', but there is no such run", claim.getMessage());
        InvalidParameterException caption = assertThrows(InvalidParameterException.class,
                () -> scenario("{lr('Medium')}"));
        assertTrue(caption.getMessage().startsWith("The caption names the run 'Medium'"), caption.getMessage());
    }
}
