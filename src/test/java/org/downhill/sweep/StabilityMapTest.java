package org.downhill.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.diagnose.Regime;
import org.downhill.diagnose.Stability;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

class StabilityMapTest {
    private static final double LR_MIN = 1e-3;
    private static final double LR_MAX = 2;
    private static final int LRS = 64;
    private static final int MOMENTA = 12;

    private static RunSpec run(Landscape f, OptimizerSpec optimizer) {
        return new RunSpec(f, -2, 1.5, 500, Settings.of(optimizer));
    }

    @Test
    void onAQuadraticTheEdgeOfEachMomentumRowIsTwoTimesOnePlusBetaOverLambdaMax() {
        Landscape bowl = Landscapes.byId("rotated_quadratic").create(Map.of("a11", 3.0, "a12", 2.0, "a22", 6.0));
        RunSpec base = run(bowl, OptimizerSpec.of(OptimizerKind.SGD));
        Trajectory t = Simulator.run(base);
        Stability s = Stability.forRun(t).orElseThrow();
        StabilityMap map = StabilityMap.run(Sweeper.sameThread(), base, LR_MIN, LR_MAX, LRS, 0, 0.99, MOMENTA,
                new Cancellation(), Progress.NONE);
        assertEquals("momentum", map.axis());
        for (int j = 0; j < MOMENTA; j++) {
            double beta = map.momentum(j);
            double edge = Stability.edgeLr(s.largest(), beta, 0, false);
            double position = Math.log(edge / LR_MIN) / Math.log(LR_MAX / LR_MIN) * (LRS - 1);
            int first = -1;
            for (int i = 0; i < LRS && first < 0; i++) {
                first = map.outcome(i, j).regime() == Regime.DIVERGES ? i : -1;
            }
            assertTrue(first >= 0 && Math.abs(first - position) <= 1,
                    "beta " + beta + ": diverges from cell " + first + ", 2(1+beta)/L at " + position);
            for (int i = first; i < LRS; i++) {
                assertEquals(Regime.DIVERGES, map.outcome(i, j).regime(), "beta " + beta + ", lr " + map.lr(i));
            }
        }
        assertEquals(0.99, map.momentum(MOMENTA - 1));
        assertEquals(LR_MIN, map.lr(0));
    }

    @Test
    void theSecondAxisIsBeta1ForAdamAndNesterovRunsWithoutMomentumAsPlainSgd() {
        Landscape rosenbrock = Landscapes.byId("rosenbrock").create();
        RunSpec adamRun = run(rosenbrock, OptimizerSpec.of(OptimizerKind.ADAM));
        StabilityMap adam = StabilityMap.run(Sweeper.sameThread(), adamRun, 1e-3, 0.1, 3, 0, 0.9, 2,
                new Cancellation(), Progress.NONE);
        assertEquals("beta1", adam.axis());
        RunSpec cell = StabilityMap.with(run(rosenbrock, OptimizerSpec.of(OptimizerKind.ADAM)), 0.01, 0.5);
        assertEquals(0.5, cell.settings().optimizer().hyper().real("betas", 0));
        assertEquals(0.999, cell.settings().optimizer().hyper().real("betas", 1));

        OptimizerSpec nesterov = OptimizerSpec.of(OptimizerKind.SGD, Map.of("momentum", 0.9, "nesterov", true));
        RunSpec still = StabilityMap.with(run(rosenbrock, nesterov), 1e-3, 0);
        assertFalse(still.settings().optimizer().hyper().flag("nesterov"));
        assertTrue(StabilityMap.with(run(rosenbrock, nesterov), 1e-3, 0.5).settings().optimizer().hyper()
                .flag("nesterov"));
    }

    @Test
    void anOptimizerWithoutMomentumHasNoMap() {
        RunSpec adagrad = run(Landscapes.byId("quadratic").create(), OptimizerSpec.of(OptimizerKind.ADAGRAD));
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> StabilityMap.run(
                Sweeper.sameThread(), adagrad, 1e-3, 1, 4, 0, 0.9, 4, new Cancellation(), Progress.NONE));
        assertTrue(e.getMessage().contains("Adagrad"), e.getMessage());
        assertThrows(InvalidParameterException.class, () -> StabilityMap.run(Sweeper.sameThread(),
                run(Landscapes.byId("quadratic").create(), OptimizerSpec.of(OptimizerKind.SGD)), 1e-3, 1, 4, 0, 1.5, 4,
                new Cancellation(), Progress.NONE));
    }
}
