package org.downhill.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.claim.Numbers;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerSpec;
import org.downhill.optim.Term;
import org.downhill.optim.UpdateTrace;
import org.downhill.render.TexImage;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer's rule written out says what its update did: the gradient line holds the
 * trajectory's gradient, the step-size line the update's rate per coordinate, the last line the
 * trajectory's next point; every line typesets.
 */
class UpdateRuleTest {
    private static final Landscape ROSENBROCK = Landscapes.byId("rosenbrock").create();
    private static final int STEPS = 12;

    static java.util.stream.Stream<OptimizerSpec> optimizers() {
        return org.downhill.sim.UpdateTraceTest.optimizers();
    }

    private static String pair(double x, double y) {
        return "(" + Numbers.format(x, Written.DIGITS) + ", " + Numbers.format(y, Written.DIGITS) + ")";
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void theLinesHoldTheUpdatesNumbers(OptimizerSpec optimizer) {
        ScheduleSpec schedule = ScheduleSpec.of(ScheduleKind.STEP_LR, Map.of("step_size", 5, "gamma", 0.5));
        RunPlan plan = RunPlan.of(new RunSpec(ROSENBROCK, -1.2, 1.5, STEPS,
                new Settings(optimizer, schedule, NoiseSpec.NONE)));
        Trajectory t = Simulator.run(plan);
        for (int k : new int[] {0, 1, STEPS - 1}) {
            UpdateTrace trace = Simulator.trace(plan, k).orElseThrow();
            List<RuleLine> lines = UpdateRule.lines(trace);
            String at = optimizer + ", step " + k;
            RuleLine first = lines.get(0);
            assertEquals("gradient at the point", first.meaning(), at);
            assertTrue(first.valuesPlain().endsWith(" = " + pair(t.gradX(k), t.gradY(k))), at + ": " + first.plain());
            assertTrue(first.valuesPlain().contains(pair(t.x(k), t.y(k))), at + ": " + first.plain());
            RuleLine last = lines.get(lines.size() - 1);
            assertEquals("new point", last.meaning(), at);
            assertTrue(last.valuesPlain().endsWith(" = " + pair(t.x(k + 1), t.y(k + 1))), at + ": " + last.plain());
            assertTrue(last.valuesPlain().startsWith(pair(t.x(k), t.y(k)))
                    || last.valuesPlain().contains("·" + pair(t.x(k), t.y(k))), at + ": " + last.plain());
            List<RuleLine> steps = lines.stream().filter(l -> l.meaning().equals("step size per coordinate")).toList();
            assertEquals(1, steps.size(), at);
            assertTrue(steps.get(0).valuesPlain().endsWith(pair(trace.x(Term.RATE), trace.y(Term.RATE))),
                    at + ": " + steps.get(0).plain());
            for (RuleLine line : lines) {
                assertTrue(TexImage.render(line.tex(), 12, 0xff000000, 0).getWidth() > 20, at + ": " + line.tex());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void adaptiveMethodsGiveEachCoordinateItsOwnStepAndSgdOneRate(OptimizerSpec optimizer) {
        RunPlan plan = RunPlan.of(new RunSpec(ROSENBROCK, -1.2, 1.5, STEPS,
                new Settings(optimizer, ScheduleSpec.of(ScheduleKind.CONSTANT, Map.of()), NoiseSpec.NONE)));
        UpdateTrace trace = Simulator.trace(plan, 3).orElseThrow();
        double lr = trace.value(Term.LR);
        switch (optimizer.kind()) {
            case SGD -> {
                assertEquals(lr, trace.x(Term.RATE));
                assertEquals(lr, trace.y(Term.RATE));
            }
            case ADAM, ADAMW, NADAM -> {
                for (int i = 0; i < 2; i++) {
                    assertEquals(lr / (Math.sqrt(trace.get(Term.V_HAT, i)) + trace.value(Term.EPS)),
                            trace.get(Term.RATE, i), 1e-15, optimizer + " coordinate " + i);
                }
                assertTrue(Math.abs(trace.x(Term.RATE) / trace.y(Term.RATE) - 1) > 0.1, optimizer
                        + ": on Rosenbrock the two coordinates' steps differ by more than 10%");
            }
            default -> assertTrue(trace.x(Term.RATE) != trace.y(Term.RATE) || optimizer.kind().name().equals("RADAM"),
                    optimizer + ": a step per coordinate");
        }
    }

    @org.junit.jupiter.api.Test
    void aTraceWithoutAnUpdateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> UpdateRule.lines(new UpdateTrace()));
    }
}
