package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.Param;
import org.downhill.param.RealParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry, and what every family promises about its parameters and presentation. */
class LandscapesTest {
    private static final List<String> IDS = List.of("quadratic", "rotated_quadratic", "bowl", "booth", "matyas",
            "saddle", "monkey_saddle", "rosenbrock", "beale", "himmelblau", "six_hump_camel", "styblinski_tang",
            "multi_well", "rastrigin", "ackley", "goldstein_price");

    @Test
    void allFamiliesInTeachingOrderWithUniqueIds() {
        List<String> ids = Landscapes.all().stream().map(LandscapeFamily::id).toList();
        assertEquals(IDS, ids);
        assertEquals(ids.size(), Set.copyOf(ids).size());
        assertThrows(UnsupportedOperationException.class, () -> Landscapes.all().clear());
    }

    @Test
    void byIdFindsEveryFamily() {
        for (LandscapeFamily family : Landscapes.all()) {
            assertSame(family, Landscapes.byId(family.id()));
            Landscape landscape = family.create();
            assertSame(family, landscape.family());
            assertEquals(family.schema().defaults(), landscape.params());
            assertEquals(family.displayName(), landscape.displayName());
        }
    }

    @Test
    void anUnknownIdIsRejectedNamingTheKnownOnes() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Landscapes.byId("foo"));
        assertEquals("Unknown landscape 'foo'; known: " + String.join(", ", IDS), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "rosenbrock, b, -1",
        "bowl, condition, 0.5",
        "bowl, angle, 120",
        "bowl, curvature, 0",
        "rastrigin, A, -0.5",
        "quadratic, a, NaN",
        "rotated_quadratic, a12, Infinity",
        "multi_well, bowl, -0.01",
        "multi_well, well2_x, 4.5",
        "multi_well, well3_depth, -1",
        "multi_well, well1_width, 0",
    })
    void invalidValuesAreRejectedNamingTheParameter(String id, String name, double value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Landscapes.byId(id).create(Map.of(name, value)));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void anUnknownParameterIsRejectedNamingTheFamily() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Landscapes.byId("rosenbrock").create(Map.of("c", 1.0)));
        assertEquals("rosenbrock has no parameter 'c'; its parameters are a, b", e.getMessage());
    }

    @Test
    void referenceParametersAcceptAnyValueWhereTheFormulaMakesSense() {
        assertEquals(-0.5, Landscapes.byId("quadratic").create(Map.of("a", -1.0)).value(1, 0));
        assertEquals(1.0, Landscapes.byId("rosenbrock").create(Map.of("a", -3.0, "b", 0.0)).value(-2, 7));
        assertEquals(0.0, Landscapes.byId("rastrigin").create(Map.of("A", 0.0)).value(0, 0));
    }

    @Test
    void everyParameterIsARealWithASensibleSliderAndAMeaning() {
        for (LandscapeFamily family : Landscapes.all()) {
            for (Param p : family.schema().params()) {
                RealParam r = assertInstanceOf(RealParam.class, p, family.id() + "." + p.name());
                String where = family.id() + "." + r.name();
                assertTrue(r.range().contains(r.sliderMin()) && r.range().contains(r.sliderMax()), where);
                assertTrue(r.sliderMin() <= r.defaultValue() && r.defaultValue() <= r.sliderMax(), where);
                assertFalse(r.meaning().isBlank() || r.meaning().contains("\n"), where);
            }
        }
        assertEquals(List.of("a", "b"), names("quadratic"));
        assertEquals(List.of("a11", "a12", "a22"), names("rotated_quadratic"));
        assertEquals(List.of("condition", "angle", "curvature"), names("bowl"));
        assertEquals(List.of("a", "b"), names("rosenbrock"));
        assertEquals(List.of("A"), names("rastrigin"));
        assertEquals(13, names("multi_well").size());
        assertTrue(names("multi_well").containsAll(
                List.of("bowl", "well1_x", "well2_y", "well3_depth", "well3_width")));
        for (String id : List.of("himmelblau", "ackley", "beale", "six_hump_camel", "saddle", "booth",
                "styblinski_tang", "goldstein_price", "matyas", "monkey_saddle")) {
            assertEquals(List.of(), names(id), id);
        }
    }

    private static List<String> names(String id) {
        return Landscapes.byId(id).schema().params().stream().map(Param::name).collect(Collectors.toList());
    }

    @Test
    void presentation() {
        Set<String> log = Set.of("rosenbrock", "beale", "goldstein_price", "himmelblau", "booth", "six_hump_camel");
        Set<String> quadratic = Set.of("quadratic", "rotated_quadratic", "bowl", "saddle", "booth", "matyas");
        for (LandscapeFamily family : Landscapes.all()) {
            Landscape l = family.create();
            assertEquals(log.contains(family.id()) ? ColorScaling.LOG : ColorScaling.LINEAR, l.suggestedScaling(),
                    family.id());
            assertEquals(quadratic.contains(family.id()), l.isQuadratic(), family.id());
            assertFalse(l.formula().plain().isBlank() || l.formula().tex().isBlank(), family.id());
            assertFalse(family.description().isBlank(), family.id());
        }
        assertEquals(new Window(-2, 2, -1, 3), Landscapes.byId("rosenbrock").create().defaultWindow());
        assertEquals(new Window(-5, 5, -5, 5), Landscapes.byId("himmelblau").create().defaultWindow());
        assertEquals(new Window(-5.12, 5.12, -5.12, 5.12), Landscapes.byId("rastrigin").create().defaultWindow());
        assertEquals(new Window(-10, 10, -10, 10), Landscapes.byId("booth").create().defaultWindow());
        assertEquals(new Window(-3, 3, -2, 2), Landscapes.byId("six_hump_camel").create().defaultWindow());
        assertEquals(new Window(-4.5, 4.5, -4.5, 4.5), Landscapes.byId("beale").create().defaultWindow());
        assertEquals(new Window(-2, 2, -2, 2), Landscapes.byId("goldstein_price").create().defaultWindow());
        assertEquals(new Window(-4, 4, -4, 4), Landscapes.byId("multi_well").create().defaultWindow());
    }

    @Test
    void formulasNameTheirParameters() {
        assertEquals("(a - x)^2 + b*(y - x^2)^2", Landscapes.byId("rosenbrock").create().formula().plain());
        assertEquals("(a - x)^2 + b\\,(y - x^2)^2", Landscapes.byId("rosenbrock").create().formula().tex());
        String bowl = Landscapes.byId("bowl").create().formula().plain();
        assertTrue(bowl.contains("curvature") && bowl.contains("condition") && bowl.contains("angle"), bowl);
        String wells = Landscapes.byId("multi_well").create().formula().plain();
        assertTrue(wells.contains("bowl") && wells.contains("well3_depth") && wells.contains("well2_width"), wells);
    }
}
