package org.downhill.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** State handling shared by all optimizers: hyper-parameter changes keep the state, as PyTorch's param groups do. */
class OptimizerStateTest {
    private static final double[][] GRADIENTS = {{1.0, -2.0}, {0.5, 0.25}, {-0.3, 1.5}, {2.0, 0.1}, {-1.0, -1.0}};

    private static double[] run(Optimizer o, int reconfigureAt, OptimizerSpec spec, double momentum) {
        double[] p = {0.5, -0.5};
        double[] probe = new double[Optimizer.PROBE_SIZE];
        for (int k = 0; k < GRADIENTS.length; k++) {
            if (k == reconfigureAt) {
                o.configure(spec.hyper());
            }
            o.step(p, GRADIENTS[k], 0.1, momentum, probe);
        }
        return p;
    }

    @Test
    void reconfiguringWithTheSameValuesChangesNothing() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerSpec spec = OptimizerSpec.of(kind);
            assertArrayEquals(run(spec.create(), -1, spec, Double.NaN), run(spec.create(), 2, spec, Double.NaN),
                    kind.toString());
        }
    }

    @Test
    void aScheduledMomentumActsAsTheConfiguredOne() {
        OptimizerSpec sgd = OptimizerSpec.of(OptimizerKind.SGD, Map.of("momentum", 0.8));
        assertArrayEquals(run(sgd.create(), -1, sgd, Double.NaN),
                run(OptimizerSpec.of(OptimizerKind.SGD).create(), -1, sgd, 0.8));
        OptimizerSpec adam = OptimizerSpec.of(OptimizerKind.ADAM, Map.of("betas", java.util.List.of(0.85, 0.999)));
        assertArrayEquals(run(adam.create(), -1, adam, Double.NaN),
                run(OptimizerSpec.of(OptimizerKind.ADAM).create(), -1, adam, 0.85));
    }

    @Test
    void sgdDropsItsBufferWhenMomentumIsSwitchedOff() {
        OptimizerSpec withMomentum = OptimizerSpec.of(OptimizerKind.SGD, Map.of("momentum", 0.9));
        Optimizer o = withMomentum.create();
        double[] p = {0, 0};
        double[] probe = new double[Optimizer.PROBE_SIZE];
        o.step(p, new double[] {1, 1}, 0.1, Double.NaN, probe);
        o.step(p, new double[] {1, 1}, 0.1, 0.0, probe);
        double[] q = p.clone();
        o.step(p, new double[] {1, 1}, 0.1, Double.NaN, probe);
        assertEquals(q[0] - 0.1, p[0], 1e-15, "a fresh buffer is the gradient itself");
        assertEquals(0.0, probe[Optimizer.VELOCITY_X]);
    }

    @Test
    void adaptiveOptimizersReportTheirDenominator() {
        OptimizerSpec rms = OptimizerSpec.of(OptimizerKind.RMSPROP);
        Optimizer o = rms.create();
        double[] p = {0, 0};
        double[] probe = new double[Optimizer.PROBE_SIZE];
        o.step(p, new double[] {2, 0}, 0.01, Double.NaN, probe);
        assertEquals(Math.sqrt(0.01 * 4) + 1e-8, probe[Optimizer.SCALE_X], 1e-15);
        assertNotEquals(0.0, p[0]);
    }
}
