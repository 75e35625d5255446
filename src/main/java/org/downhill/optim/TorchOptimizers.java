package org.downhill.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.downhill.param.InvalidParameterException;

/**
 * Reads an optimizer as PyTorch describes it (the class name and {@code optimizer.defaults}, as in
 * the reference manifest) into an {@link OptimizerSpec}. Flags that do not change the arithmetic
 * ({@code foreach}, {@code capturable}, {@code differentiable}, {@code fused}) are accepted and
 * ignored when off; {@code maximize} must be false; any other unknown key is an error.
 */
public final class TorchOptimizers {
    private static final Set<String> IGNORED_FLAGS = Set.of("foreach", "capturable", "differentiable", "fused");

    private TorchOptimizers() {
    }

    /**
     * The optimizer with this torch class name and hyper-parameters.
     *
     * @param name            the torch class name, e.g. {@code Adam}
     * @param hyperparameters values as parsed from JSON (numbers, booleans, lists, null)
     * @throws InvalidParameterException naming the offending key or value
     */
    public static OptimizerSpec fromTorch(String name, Map<String, ?> hyperparameters) {
        OptimizerKind kind = OptimizerKind.byName(name);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : hyperparameters.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (IGNORED_FLAGS.contains(key)) {
                if (Boolean.TRUE.equals(value)) {
                    throw new InvalidParameterException(kind.torchName() + ": " + key + "=true is not supported");
                }
            } else if (key.equals("maximize")) {
                if (!Boolean.FALSE.equals(value)) {
                    throw new InvalidParameterException(kind.torchName() + ": maximize must be false (Downhill descends)");
                }
            } else {
                values.put(key, value);
            }
        }
        return OptimizerSpec.of(kind, values);
    }
}
