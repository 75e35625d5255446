package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.formula.Expression;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Termination;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/** A run that reaches a place where a typed formula is undefined stops there, and the diagnosis says so. */
class UndefinedStopTest {

    private static Trajectory run(String formula, double x0, double y0, double lr) {
        Landscape f = FormulaLandscape.of(Expression.parse(formula), Map.of());
        Settings sgd = Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr)));
        return Simulator.run(new RunSpec(f, x0, y0, 50, sgd));
    }

    @Test
    void aStepOutOfTheDomainStopsTheRun() {
        Trajectory t = run("log(x) + y^2", 0.5, 1, 0.5);
        assertEquals(Termination.NONFINITE, t.termination());
        assertEquals(1, t.divergedAt());
        Diagnosis d = Diagnoser.diagnose(t);
        assertEquals(Regime.DIVERGES, d.regime());
        assertEquals("f undefined at step 1", d.headline());
        assertEquals("Step 1 lands at (-0.5, 0) where f is undefined (not a number): the run stops there.",
                d.explanation());
    }

    @Test
    void aStartOutOfTheDomainStopsAtOnce() {
        Diagnosis d = Diagnoser.diagnose(run("sqrt(x) + y^2", -1, 2, 0.1));
        assertEquals("f undefined at step 0", d.headline());
        assertEquals("The start (-1, 2) lies where f is undefined (not a number): the run stops there.",
                d.explanation());
    }

    @Test
    void aGradientThatIsNotANumberStopsTheRun() {
        Trajectory t = run("sqrt(x^2 + y^2)", 0, 0, 0.1);
        assertEquals(1, t.divergedAt());
        Diagnosis d = Diagnoser.diagnose(t);
        assertEquals("f undefined at step 1", d.headline());
        assertEquals("At (0, 0) (step 0) the gradient of f is not a finite number, so the next step goes nowhere: "
                + "the run stops there.", d.explanation());
    }

    @Test
    void aBlowUpIsStillABlowUpWhenItsLossOverflowsToNaN() {
        Trajectory t = run("x^4 - x^4/2", 1, 0, 1.5);
        int at = t.divergedAt();
        assertEquals(true, Double.isFinite(t.x(at)) && Double.isNaN(t.loss(at)), "infinity minus infinity");
        assertEquals("Diverged at step " + at, Diagnoser.diagnose(t).headline());
    }
}
