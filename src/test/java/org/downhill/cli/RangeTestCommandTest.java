package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.downhill.scenario.RangeTestCase;
import org.downhill.sim.ReferenceCsv;
import org.downhill.testing.RangeTestData;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code range-test}: every public reference case through the command line, plain options, bad input. */
class RangeTestCommandTest {
    private static final double TOLERANCE = 1e-9;

    private static void assertSameRows(String expectedCsv, String actualCsv, String what) {
        assertEquals(expectedCsv.lines().findFirst(), actualCsv.lines().findFirst(), what + ": header");
        double[][] expected = ReferenceData.parse(expectedCsv);
        double[][] actual = ReferenceData.parse(actualCsv);
        assertEquals(expected.length, actual.length, what + ": rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(6, actual[i].length, what + ": columns");
            for (int j = 0; j < 6; j++) {
                assertTrue(ReferenceData.close(actual[i][j], expected[i][j], TOLERANCE),
                        what + " row " + i + " column " + j + ": " + actual[i][j] + " vs " + expected[i][j]);
            }
        }
    }

    @Test
    void printsTheRowsOfEveryReferenceCase() {
        for (RangeTestCase c : RangeTestData.cases()) {
            CliRun r = CliRun.of("range-test", "--case", RangeTestData.manifest().toString(), "--id", c.id());
            assertEquals(0, r.code(), r.err());
            assertSameRows(RangeTestData.csvText(c), r.out(), c.id());
        }
    }

    @Test
    void printsTheEndingAndTheSuggestionsOfEveryReferenceCase() {
        for (RangeTestCase c : RangeTestData.cases()) {
            CliRun r = CliRun.of("range-test", "--case", RangeTestData.manifest().toString(), "--id", c.id(),
                    "--suggest");
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals(5, lines.size(), r.out());
            assertEquals("termination=" + c.termination().id(), lines.get(0), c.id());
            assertSuggestion("steepest", c.suggestions().steepest(), lines.get(1), c.id());
            assertSuggestion("minimum_div10", c.suggestions().minimumDiv10(), lines.get(2), c.id());
            assertSuggestion("valley", c.suggestions().valley(), lines.get(3), c.id());
            assertSuggestion("seed_pick", c.suggestions().seedPick(), lines.get(4), c.id());
        }
    }

    private static void assertSuggestion(String name, OptionalDouble expected, String line, String id) {
        assertTrue(line.startsWith(name + "="), id + ": " + line);
        String value = line.substring(name.length() + 1);
        if (expected.isEmpty()) {
            assertEquals("none", value, id + " " + name);
        } else {
            assertTrue(ReferenceData.close(ReferenceCsv.parse(value), expected.getAsDouble(), TOLERANCE),
                    id + " " + name + ": " + value + " vs " + expected.getAsDouble());
        }
    }

    @Test
    void readsASingleCaseObject(@TempDir Path dir) throws Exception {
        String manifest = Files.readString(RangeTestData.manifest());
        com.fasterxml.jackson.databind.JsonNode last = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(manifest).get("cases").get(9);
        Path single = Files.writeString(dir.resolve("one.json"), last.toString());
        RangeTestCase c = byId(last.get("id").asText());
        CliRun r = CliRun.of("range-test", "--case", single.toString());
        assertEquals(0, r.code(), r.err());
        assertSameRows(RangeTestData.csvText(c), r.out(), c.id());
    }

    @Test
    void plainOptionsDescribeTheSameTests(@TempDir Path dir) throws Exception {
        RangeTestCase stepwise = byId("r03_quadratic_sgd_stepwise");
        CliRun r = CliRun.of("range-test", "--function", "quadratic", "--param", "a=1", "--param", "b=10",
                "--start", "-2,1.5", "--optimizer", "SGD", "--mode", "stepwise", "--start-lr", "3e-6",
                "--factor", "10", "--steps-per-lr", "5", "--iterations", "60", "--smooth", "0", "--diverge", "5");
        assertEquals(0, r.code(), r.err());
        assertSameRows(RangeTestData.csvText(stepwise), r.out(), stepwise.id());

        RangeTestCase exp = byId("r02_quadratic_sgd_exp");
        Path out = dir.resolve("r02.csv");
        CliRun defaults = CliRun.of("range-test", "--function", "quadratic", "--param", "b=10", "--start", "-2,1.5",
                "--hp", "lr=1e-7", "--hp", "momentum=0.9", "--end-lr", "100", "--iterations", "120",
                "--out", out.toString());
        assertEquals(0, defaults.code(), defaults.err());
        assertEquals("", defaults.out());
        assertSameRows(RangeTestData.csvText(exp), Files.readString(out), exp.id() + " with the default mode, "
                + "start (the run's lr), smoothing and threshold");
    }

    @Test
    void aboveLowestLetsTheTestRunWhereLossesAreNegative() {
        String[] run = {"range-test", "--function", "styblinski_tang", "--start", "0.5,0.5", "--start-lr", "1e-4",
                "--end-lr", "1"};
        CliRun raw = CliRun.of(run);
        assertEquals(0, raw.code(), raw.err());
        assertEquals(2, raw.out().lines().count(), "the raw rule fires at row 0: " + raw.out());
        String[] shifted = java.util.Arrays.copyOf(run, run.length + 1);
        shifted[run.length] = "--above-lowest";
        CliRun above = CliRun.of(shifted);
        assertEquals(0, above.code(), above.err());
        assertTrue(above.out().lines().count() > 20, above.out());
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        String manifest = RangeTestData.manifest().toString();
        Path trajectoryCases = ReferenceData.manifest();
        Path noTest = Files.writeString(dir.resolve("no-test.json"), "{\"id\": \"x\", \"function\": {\"name\": "
                + "\"quadratic\"}, \"start\": [1, 1], \"optimizer\": {\"name\": \"SGD\"}}");
        Path badMode = Files.writeString(dir.resolve("bad-mode.json"), "{\"id\": \"x\", \"function\": {\"name\": "
                + "\"quadratic\"}, \"start\": [1, 1], \"optimizer\": {\"name\": \"SGD\"}, \"range_test\": "
                + "{\"step_mode\": \"log\", \"start_lr\": 1e-6, \"end_lr\": 1, \"num_iter\": 10, "
                + "\"smooth_f\": 0.05, \"diverge_th\": 5}}");
        String[][] bad = {
                {"range-test", "--case", manifest},
                {"range-test", "--case", manifest, "--id", "nope"},
                {"range-test", "--case", manifest, "--id", "r01_quadratic_sgd_exp", "--mode", "linear"},
                {"range-test", "--case", trajectoryCases.toString(), "--id", "p001_quadratic_sgd_constant"},
                {"range-test", "--case", noTest.toString()},
                {"range-test", "--case", badMode.toString()},
                {"range-test", "--case", dir.resolve("missing.json").toString()},
                {"range-test", "--mode", "log"},
                {"range-test", "--start-lr", "0"},
                {"range-test", "--start-lr", "-1e-3"},
                {"range-test", "--end-lr", "nan"},
                {"range-test", "--iterations", "0"},
                {"range-test", "--iterations", "many"},
                {"range-test", "--smooth", "1"},
                {"range-test", "--diverge", "-5"},
                {"range-test", "--mode", "stepwise", "--end-lr", "10"},
                {"range-test", "--mode", "stepwise", "--factor", "0"},
                {"range-test", "--mode", "stepwise", "--steps-per-lr", "0"},
                {"range-test", "--factor", "3"},
                {"range-test", "--function", "nope"},
                {"range-test", "--out", dir.resolve("no/such/dir/x.csv").toString()},
        };
        for (String[] args : bad) {
            CliRun.assertBadInput(args);
        }
    }

    private static RangeTestCase byId(String id) {
        return RangeTestData.cases().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void onDataTheTestStepsThroughTheMiniBatchesAndSuggestsWhatTheCoreDoes() {
        CliRun rows = CliRun.of("range-test", "--data", "faithful", "--standardize", "--batch", "16", "--shuffle",
                "--seed", "1", "--epochs", "2", "--start-lr", "1e-6", "--end-lr", "0.5", "--diverge", "1e9");
        assertEquals(0, rows.code(), rows.err());
        List<String> lines = rows.out().lines().toList();
        assertEquals(org.downhill.rangetest.RangeTestCsv.HEADER, lines.get(0));
        assertEquals(1 + 2 * 17, lines.size(), "two epochs of 17 batches, a rate each");

        CliRun suggest = CliRun.of("range-test", "--data", "faithful", "--standardize", "--batch", "16", "--shuffle",
                "--seed", "1", "--start-lr", "1e-6", "--suggest");
        assertEquals(0, suggest.code(), suggest.err());
        org.downhill.data.ModelLandscape f = org.downhill.data.ModelLandscape.of(org.downhill.data.Model.LINEAR,
                org.downhill.scenario.DataSets.byName("faithful").data(), List.of("eruptions", "waiting"), true);
        org.downhill.sim.RunSpec spec = new org.downhill.sim.RunSpec(f, 0, 0, 0, org.downhill.sim.Settings.of(
                org.downhill.optim.OptimizerSpec.of(org.downhill.optim.OptimizerKind.SGD)),
                org.downhill.sim.Batching.of(16, true, 1));
        org.downhill.rangetest.RangeTestResult core = org.downhill.rangetest.RangeTest.run(spec,
                org.downhill.rangetest.RangeTestConfig.towards(org.downhill.rangetest.StepMode.EXP, 1e-6, 10,
                        org.downhill.rangetest.DataRangeTest.iterations(spec,
                                org.downhill.rangetest.DataRangeTest.defaultEpochs(spec))));
        assertTrue(suggest.out().contains("minimum_div10="
                + ReferenceCsv.format(core.suggestions().minimumDiv10().getAsDouble()) + "\n"), suggest.out());

        CliRun.assertBadInput("range-test", "--data", "faithful", "--function", "quadratic");
        CliRun.assertBadInput("range-test", "--data", "faithful", "--epochs", "2", "--iterations", "50");
        CliRun.assertBadInput("range-test", "--data", "faithful", "--above-lowest");
        CliRun.assertBadInput("range-test", "--data", "faithful", "--noise", "1");
        CliRun.assertBadInput("range-test", "--data", "faithful", "--batch", "0");
        CliRun.assertBadInput("range-test", "--data", "faithful", "--batch", "1", "--epochs", "100");
        CliRun.assertBadInput("range-test", "--epochs", "3");
        CliRun.assertBadInput("range-test", "--data", "no-such-set");
    }
}
