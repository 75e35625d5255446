package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.landscape.formula.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed formulas in scenario files: saved with their text, default window and parameter values. */
class ScenarioFormulaTest {
    private static final String RUN = "\"runs\": [{\"name\": \"a\", \"color\": \"#000000\", \"start\": [1, 2],"
            + " \"optimizer\": {\"name\": \"SGD\", \"hyper\": {\"lr\": 0.05}}}]";

    @Test
    void aFormulaIsSavedAndReadBack() throws Exception {
        Landscape typed = FormulaLandscape.family(Expression.parse("a*x^2 + b*y^2 - log(x + 4)"), Map.of("a", 2.0),
                new Window(-1, 4, -2, 2), ColorScaling.LINEAR).create(Map.of("a", 2.5, "b", -0.5));
        Scenario q = ScenarioJson.read(document("{\"family\": \"quadratic\"}"));
        Scenario s = new Scenario(typed, new Window(0, 1, 0, 1), q.steps(), 0, q.display(), q.runs(), "");
        String json = ScenarioJson.write(s);
        assertTrue(json.contains("\"formula\": \"a*x^2 + b*y^2 - log(x + 4)\""), json);
        Scenario back = ScenarioJson.read(json);
        assertEquals(s, back);
        Landscape l = back.landscape();
        assertEquals(FormulaLandscape.ID, l.family().id());
        assertEquals("a*x^2 + b*y^2 - log(x + 4)", l.formula().plain());
        assertEquals(new Window(-1, 4, -2, 2), l.defaultWindow());
        assertEquals(2.5, l.params().real("a"));
        assertEquals(-0.5, l.params().real("b"));
        assertEquals(typed.value(0.3, -1.2), l.value(0.3, -1.2));
        Scenario other = ScenarioJson.read(json.replace("a*x^2 + b*y^2", "a*x^2 + b*y^3"));
        assertNotEquals(s, other, "another formula with the same parameter values is another scenario");
    }

    @Test
    void aFormulaNeedsNoWindowNorValues() throws Exception {
        Scenario s = ScenarioJson.read(document("{\"family\": \"formula\", \"formula\": \"x^2 + c*y^2\"}"));
        assertEquals(FormulaLandscape.DEFAULT_WINDOW, s.landscape().defaultWindow());
        assertEquals(1.0, s.landscape().params().real("c"));
        assertEquals(FormulaLandscape.DEFAULT_WINDOW, s.window());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"family\": \"formula\", \"formula\": \"x^2 + * y\"} | landscape.formula: expected a number, a variable or ( at column 6",
        "{\"family\": \"formula\"} | landscape.formula: missing",
        "{\"family\": \"formula\", \"formula\": 3} | landscape.formula: must be a string",
        "{\"family\": \"formula\", \"formula\": \"x^2\", \"params\": {\"d\": 1}} | landscape.params.d: formula x^2 has no parameter 'd'; it takes none",
        "{\"family\": \"formula\", \"formula\": \"a*x\", \"params\": {\"a\": \"big\"}} | landscape.params.a: a must be a number, not 'big'",
        "{\"family\": \"formula\", \"formula\": \"x\", \"default_window\": {\"x_min\": 1, \"x_max\": 0, \"y_min\": 0, \"y_max\": 1}} | landscape.default_window: Not a window",
        "{\"family\": \"formula\", \"formula\": \"x\", \"window\": {}} | landscape.window: unknown field; allowed here: family, formula, default_window, params",
        "{\"family\": \"quadratic\", \"formula\": \"x^2\"} | landscape.formula: unknown field; allowed here: family, params",
    })
    void aBrokenFormulaIsRefusedWithItsPlace(String landscape, String message) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> ScenarioJson.read(document(landscape)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private static String document(String landscape) {
        return "{\"format\": \"downhill-scenario\", \"version\": 1, \"landscape\": " + landscape + ", \"steps\": 10, "
                + RUN + "}";
    }
}
