package org.downhill.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import org.downhill.param.Excerpt;
import org.downhill.param.IntParam;
import org.downhill.param.InvalidParameterException;

/**
 * Reads a schedule as PyTorch describes it (the scheduler class name and its constructor
 * arguments, as in the reference manifest) into a {@link ScheduleSpec}. Arguments that do not
 * change the rates are accepted and ignored: {@code verbose}; {@code last_epoch} must be -1 (a
 * fresh scheduler); OneCycleLR's {@code epochs} and {@code steps_per_epoch} give total_steps when
 * it is null; CyclicLR's {@code scale_fn} must be null, and then {@code scale_mode} follows from
 * the mode. Any other unknown argument is an error naming it.
 */
public final class TorchSchedules {
    private static final IntParam EPOCHS = IntParam.of("epochs", 1, 1, Integer.MAX_VALUE,
            "OneCycleLR: epochs, which times steps_per_epoch gives total_steps");
    private static final IntParam STEPS_PER_EPOCH = IntParam.of("steps_per_epoch", 1, 1, Integer.MAX_VALUE,
            "OneCycleLR: steps per epoch, which times epochs gives total_steps");

    private TorchSchedules() {
    }

    /**
     * The schedule with this class name and constructor arguments.
     *
     * @param name the class name, e.g. {@code StepLR}
     * @param args the arguments as parsed from JSON (numbers, booleans, strings, lists, null)
     * @throws InvalidParameterException naming the offending argument or value
     */
    public static ScheduleSpec fromTorch(String name, Map<String, ?> args) {
        ScheduleKind kind = ScheduleKind.byName(name);
        Map<String, Object> values = new LinkedHashMap<>(args);
        values.remove("verbose");
        Object lastEpoch = values.remove("last_epoch");
        if (lastEpoch != null && !(lastEpoch instanceof Number n && n.doubleValue() == -1)) {
            throw new InvalidParameterException(kind.torchName() + ": last_epoch must be -1 (a fresh scheduler), not "
                    + Excerpt.of(String.valueOf(lastEpoch)));
        }
        if (kind == ScheduleKind.ONE_CYCLE_LR) {
            Object epochs = values.remove("epochs");
            Object perEpoch = values.remove("steps_per_epoch");
            if (values.get("total_steps") == null) {
                if (epochs == null || perEpoch == null) {
                    throw new InvalidParameterException(
                            "OneCycleLR needs total_steps, or epochs and steps_per_epoch");
                }
                // the product may leave the int range: total_steps' own check then refuses it
                values.put("total_steps", (long) EPOCHS.check(epochs) * STEPS_PER_EPOCH.check(perEpoch));
            }
        }
        if (kind == ScheduleKind.CYCLIC_LR) {
            if (values.remove("scale_fn") != null) {
                throw new InvalidParameterException("CyclicLR: a custom scale_fn is not supported");
            }
            values.remove("scale_mode");
        }
        return ScheduleSpec.of(kind, values);
    }
}
