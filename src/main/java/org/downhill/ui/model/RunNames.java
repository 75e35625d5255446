package org.downhill.ui.model;

import java.util.Optional;
import org.downhill.optim.OptimizerKind;

/**
 * The default names of runs: the optimizer's name and a number, e.g. {@code Adam 2}. A run whose
 * name is still a default one follows its optimizer when that changes; a name the user chose
 * ({@code Fast one}, {@code SGD 1 copy}) is left alone.
 */
final class RunNames {
    private RunNames() {
    }

    /** The default name of the {@code number}-th run of the lab, under an optimizer. */
    static String defaultName(OptimizerKind kind, int number) {
        return kind.displayName() + " " + number;
    }

    /**
     * The name a run gets when its optimizer changes from {@code old} to {@code next}: the default
     * name with the same number if {@code name} is the default name under {@code old}; else none.
     */
    static Optional<String> followOptimizer(String name, OptimizerKind old, OptimizerKind next) {
        String prefix = old.displayName() + " ";
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        String number = name.substring(prefix.length());
        if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(defaultName(next, Integer.parseInt(number)));
    }
}
