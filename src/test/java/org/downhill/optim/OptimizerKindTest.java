package org.downhill.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.Param;
import org.junit.jupiter.api.Test;

class OptimizerKindTest {

    @Test
    void findsOptimizersByTheirTorchNames() {
        assertEquals(OptimizerKind.RMSPROP, OptimizerKind.byName("RMSprop"));
        assertEquals(OptimizerKind.ADAMW, OptimizerKind.byName("adamw"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> OptimizerKind.byName("Lion"));
        assertTrue(e.getMessage().contains("Unknown optimizer 'Lion'"));
        assertTrue(e.getMessage().contains("SGD, Adagrad, RMSprop"));
    }

    @Test
    void everyHyperParameterIsDescribed() {
        for (OptimizerKind k : OptimizerKind.values()) {
            assertEquals("lr", k.schema().params().get(0).name(), k + " starts with lr");
            for (Param p : k.schema().params()) {
                assertTrue(!p.meaning().isBlank(), k + "." + p.name());
                p.check(p.defaultValue());
            }
        }
    }

    @Test
    void hasPyTorchDefaults() {
        assertEquals(0.001, OptimizerKind.ADAM.schema().defaults().real("lr"));
        assertEquals(List.of(0.9, 0.999), OptimizerKind.ADAM.schema().defaults().reals("betas"));
        assertEquals(0.01, OptimizerKind.ADAMW.schema().defaults().real("weight_decay"));
        assertEquals(1e-10, OptimizerKind.ADAGRAD.schema().defaults().real("eps"));
        assertEquals(0.99, OptimizerKind.RMSPROP.schema().defaults().real("alpha"));
        assertEquals(1.0, OptimizerKind.ADADELTA.schema().defaults().real("lr"));
        assertEquals(0.004, OptimizerKind.NADAM.schema().defaults().real("momentum_decay"));
        assertEquals(0.002, OptimizerKind.ADAMAX.schema().defaults().real("lr"));
    }

    @Test
    void rejectsImpossibleValuesNamingTheParameterAndRange() {
        InvalidParameterException lr = assertThrows(InvalidParameterException.class,
                () -> OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", -1.0)));
        assertEquals("Invalid value for lr: -1 (allowed: lr >= 0)", lr.getMessage());
        InvalidParameterException betas = assertThrows(InvalidParameterException.class,
                () -> OptimizerSpec.of(OptimizerKind.ADAM, Map.of("betas", List.of(0.9, 1.0))));
        assertEquals("Invalid value for betas: beta2 = 1 (allowed: 0 <= beta2 < 1)", betas.getMessage());
        InvalidParameterException nesterov = assertThrows(InvalidParameterException.class,
                () -> OptimizerSpec.of(OptimizerKind.SGD, Map.of("nesterov", true)));
        assertEquals("SGD: Nesterov momentum requires a momentum and zero dampening", nesterov.getMessage());
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class,
                () -> OptimizerSpec.of(OptimizerKind.SGD, Map.of("betas", List.of(0.9, 0.99))));
        assertTrue(unknown.getMessage().startsWith("SGD has no parameter 'betas'"));
        assertThrows(InvalidParameterException.class, () -> OptimizerSpec.of(OptimizerKind.ADAM, Map.of("eps", Double.NaN)));
    }

    @Test
    void readsTorchDefaultsIgnoringFlagsThatDoNotChangeTheArithmetic() {
        OptimizerSpec s = TorchOptimizers.fromTorch("Adam", Map.of("lr", 0.01, "betas", List.of(0.9, 0.999),
                "eps", 1e-8, "weight_decay", 0, "amsgrad", false, "maximize", false, "foreach", false,
                "capturable", false, "differentiable", false, "fused", false));
        assertEquals(0.01, s.lr());
        assertThrows(InvalidParameterException.class, () -> TorchOptimizers.fromTorch("Adam", Map.of("maximize", true)));
    }
}
