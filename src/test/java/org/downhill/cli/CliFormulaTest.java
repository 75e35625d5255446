package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** {@code --formula} on the command line, wherever {@code --function} is accepted. */
class CliFormulaTest {

    @Test
    void aTypedRosenbrockRunsAsTheBuiltInOne() {
        String[] run = {"--start", "-1.2,1", "--optimizer", "Adam", "--hp", "lr=0.01", "--steps", "500"};
        CliRun builtIn = CliRun.of(concat(new String[] {"trajectory", "--function", "rosenbrock", "--param", "b=50"},
                run));
        CliRun typed = CliRun.of(concat(new String[] {"trajectory", "--formula", "(a - x)^2 + b*(y - x^2)^2",
            "--param", "b=50"}, run));
        assertEquals(0, typed.code(), typed.err());
        double[][] expected = ReferenceData.parse(builtIn.out());
        double[][] actual = ReferenceData.parse(typed.out());
        assertEquals(501, actual.length);
        for (int k = 0; k < expected.length; k++) {
            for (int j = 0; j < 5; j++) {
                assertTrue(ReferenceData.close(actual[k][j], expected[k][j], 1e-9), "row " + k + " column " + j);
            }
        }
    }

    @Test
    void aTypedBowlIsDiagnosedWithItsCurvature() {
        CliRun r = CliRun.of("diagnose", "--formula", "x^2 + 10*y^2", "--start", "1,1", "--hp", "lr=0.25",
                "--steps", "2000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Diverged at step "), r.out());
        assertTrue(r.out().contains("lr = 0.25 is above 2/L = 0.1 "), r.out());
    }

    @Test
    void theSweepsTakeAFormulaToo() {
        CliRun scan = CliRun.of("scan", "--formula", "x^2 + 10*y^2", "--start", "1,1", "--steps", "200",
                "--lr-min", "0.01", "--lr-max", "0.2", "--points", "4");
        assertEquals(0, scan.code(), scan.err());
        assertEquals(5, scan.out().lines().count(), scan.out());
    }

    @Test
    void theFormulaIsListed() {
        CliRun r = CliRun.of("list", "landscapes");
        assertTrue(r.out().contains("--formula EXPR") && r.out().contains("atan2"), r.out());
    }

    @Test
    void badFormulasGiveOneLineAndExitCodeTwo() {
        String[][] bad = {
            {"trajectory", "--formula", "x^2 + * y"},
            {"trajectory", "--formula", "x^2", "--param", "a=1"},
            {"trajectory", "--formula", "a*x^2", "--param", "a=nan"},
            {"trajectory", "--formula", "x^2", "--function", "rosenbrock"},
            {"diagnose", "--formula", "(((x"},
        };
        String[] messages = {
            "downhill trajectory: --formula: expected a number, a variable or ( at column 6",
            "downhill trajectory: --param: formula x^2 has no parameter 'a'; it takes none",
            "downhill trajectory: --param: Invalid value for a: nan (allowed: any finite number)",
            "downhill trajectory: give --function or --formula, not both",
            "downhill diagnose: --formula: expected ) at column 4",
        };
        for (int i = 0; i < bad.length; i++) {
            CliRun.assertBadInput(bad[i]);
            assertEquals(messages[i], CliRun.of(bad[i]).err().strip());
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
