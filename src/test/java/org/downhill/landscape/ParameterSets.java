package org.downhill.landscape;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The landscapes the family-wide tests run on: every family at its defaults and, if it has
 * parameters, at two more sets.
 */
final class ParameterSets {
    private static final Map<String, List<Map<String, Object>>> OTHERS = Map.ofEntries(
            entry("quadratic", List.of(Map.of("a", 2.0, "b", 0.5), Map.of("a", -1.0, "b", 4.0))),
            entry("rotated_quadratic", List.of(Map.of("a11", 1.0, "a12", -0.8, "a22", 2.0),
                    Map.of("a11", 2.0, "a12", 3.0, "a22", 1.0))),
            entry("bowl", List.of(Map.of("condition", 100.0, "angle", -45.0, "curvature", 2.0),
                    Map.of("condition", 1.0, "angle", 90.0, "curvature", 0.5))),
            entry("rosenbrock", List.of(Map.of("a", -1.5, "b", 10.0), Map.of("a", 2.0, "b", 0.0))),
            entry("rastrigin", List.of(Map.of("A", 2.0), Map.of("A", 0.0))),
            entry("multi_well", List.of(
                    Map.of("bowl", 0.05, "well1_x", -2.0, "well1_y", -2.0, "well2_depth", 2.5, "well3_width", 1.5),
                    Map.of("bowl", 0.0, "well1_depth", 1.0, "well2_x", 3.0, "well2_y", -3.0, "well3_depth", 4.0))));

    private ParameterSets() {
    }

    /** The extra parameter sets of a family (none for families without parameters). */
    static List<Map<String, Object>> others(String id) {
        return OTHERS.getOrDefault(id, List.of());
    }

    /** Every family at its defaults and at its other parameter sets, as (landscape) arguments. */
    static Stream<Arguments> landscapes() {
        List<Arguments> out = new ArrayList<>();
        for (LandscapeFamily family : Landscapes.all()) {
            out.add(Arguments.of(family.create()));
            for (Map<String, Object> values : others(family.id())) {
                out.add(Arguments.of(family.create(values)));
            }
        }
        return out.stream();
    }
}
