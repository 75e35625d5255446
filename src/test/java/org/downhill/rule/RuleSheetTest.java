package org.downhill.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.optim.Term;
import org.downhill.optim.UpdateTrace;
import org.downhill.render.TexImage;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The sheet at the playhead: the selected run written out, every run's step sizes beside it. */
class RuleSheetTest {
    private static final Landscape ROSENBROCK = Landscapes.byId("rosenbrock").create();

    private static RuleSheet.Named run(String name, OptimizerKind kind, double lr) {
        return new RuleSheet.Named(name, RunPlan.of(new RunSpec(ROSENBROCK, -1.2, 1.5, 40,
                Settings.of(OptimizerSpec.of(kind, Map.of("lr", lr))))));
    }

    @Test
    void sgdsOneRateStandsNextToAdamsStepPerCoordinate() {
        List<RuleSheet.Named> runs = List.of(run("SGD", OptimizerKind.SGD, 1e-3), run("Adam", OptimizerKind.ADAM, 0.05));
        RuleSheet sheet = RuleSheet.at(runs, 1, 12);
        assertEquals("Adam: the update from step 12 (t = 13)", sheet.title());
        UpdateTrace adam = Simulator.trace(runs.get(1).plan(), 12).orElseThrow();
        assertEquals(UpdateRule.lines(adam), sheet.lines());
        assertEquals(List.of(new RuleSheet.StepSize("SGD", 1e-3, 1e-3),
                new RuleSheet.StepSize("Adam", adam.x(Term.RATE), adam.y(Term.RATE))), sheet.stepSizes());
        assertTrue(sheet.plain().contains("SGD: (0.001, 0.001); Adam: ("), sheet.plain());
        for (String tex : List.of(sheet.tex(true), sheet.tex(false), sheet.figureTex())) {
            assertTrue(TexImage.render(tex, 14, 0xff000000, 0).getHeight() > 100, tex);
        }
        assertTrue(TexImage.render(sheet.tex(true), 14, 0xff000000, 0).getWidth()
                < TexImage.render(sheet.tex(false), 14, 0xff000000, 0).getWidth(), "narrow is narrower");
    }

    @Test
    void aRunNamedOtherThanItsOptimizerSaysWhichAndARowWithoutAnUpdateSaysSo() {
        List<RuleSheet.Named> runs = List.of(run("fast {x}", OptimizerKind.SGD, 1e-3));
        assertEquals("fast {x} (SGD): the update from step 3", RuleSheet.at(runs, 0, 3).title());
        RuleSheet end = RuleSheet.at(runs, 0, 40);
        assertEquals("fast {x}: no update from step 40", end.title());
        assertTrue(end.lines().isEmpty());
        assertTrue(end.stepSizes().isEmpty());
        assertTrue(TexImage.render(end.figureTex(), 14, 0xff000000, 0).getWidth() > 10, "special characters escaped");
        assertEquals("No run selected", RuleSheet.at(runs, -1, 3).title());
    }

    @Test
    void numbersAreTypesetAsTeX() {
        assertEquals("1.5\\times 10^{-5}", Written.tex("1.5e-05"));
        assertEquals("2{,}300", Written.tex("2,300"));
        assertEquals("{-\\infty}", Written.tex("-∞"));
        assertEquals("{-2.5\\times 10^{3}}", Written.tex("-2.5e+03"));
        assertEquals("0.182", Written.tex("0.182"));
    }
}
