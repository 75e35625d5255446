package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Lessons;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.scenario.TorchCase;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    private static void assertSameRows(String expectedCsv, String actualCsv) {
        assertEquals(expectedCsv.lines().findFirst(), actualCsv.lines().findFirst(), "header");
        double[][] expected = ReferenceData.parse(expectedCsv);
        double[][] actual = ReferenceData.parse(actualCsv);
        assertEquals(expected.length, actual.length, "rows");
        for (int k = 0; k < expected.length; k++) {
            for (int j = 0; j < 5; j++) {
                assertTrue(ReferenceData.close(actual[k][j], expected[k][j], 1e-9), "row " + k + " column " + j);
            }
        }
    }

    @Test
    void helpOfEveryCommandPrintsNoWarning() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream picocliLog = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliLog, true, StandardCharsets.UTF_8));
        try {
            CliRun top = CliRun.of("--help");
            assertEquals(0, top.code(), top.err());
            assertTrue(top.out().contains("numbers as %.17g"), top.out());
            for (String command : new CommandLine(new Cli()).getSubcommands().keySet()) {
                CliRun r = CliRun.of(command, "--help");
                assertEquals(0, r.code(), command + ": " + r.err());
                assertEquals("", r.err(), command);
            }
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("", picocliLog.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reproducesEveryReferenceCaseFromTheManifest() {
        for (TorchCase c : ReferenceData.cases()) {
            CliRun r = CliRun.of("trajectory", "--case", ReferenceData.manifest().toString(), "--id", c.id());
            assertEquals(0, r.code(), r.err());
            assertSameRows(ReferenceData.csvText(c), r.out());
        }
    }

    @Test
    void readsASingleCaseObjectAndWritesToAFile(@TempDir Path dir) throws Exception {
        String manifest = Files.readString(ReferenceData.manifest());
        String thirdCase = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest).get("cases").get(2)
                .toString();
        Path single = Files.writeString(dir.resolve("one.json"), thirdCase);
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("trajectory", "--case", single.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertSameRows(ReferenceData.csvText(ReferenceData.cases().get(2)), Files.readString(out));
    }

    @Test
    void runsFromPlainOptions() {
        TorchCase c = ReferenceData.cases().stream().filter(x -> x.id().startsWith("p022")).findFirst().orElseThrow();
        CliRun r = CliRun.of("trajectory", "--function", "rosenbrock", "--param", "a=1", "--param", "b=100",
                "--start", "-1.2,1", "--optimizer", "Adam", "--hp", "lr=0.01", "--hp", "betas=0.9,0.999",
                "--steps", "500");
        assertEquals(0, r.code(), r.err());
        assertSameRows(ReferenceData.csvText(c), r.out());
        CliRun noisy = CliRun.of("trajectory", "--function", "rosenbrock", "--start", "-1.5,2", "--optimizer", "Adam",
                "--hp", "lr=0.01", "--schedule", "CosineAnnealingLR", "--sp", "T_max=200", "--steps", "200",
                "--noise", "0.5", "--batch", "8", "--seed", "1");
        assertEquals(0, noisy.code(), noisy.err());
        assertEquals(202, noisy.out().lines().count());
    }

    @Test
    void listsEverythingWithDefaultsAndRanges() {
        CliRun r = CliRun.of("list");
        assertEquals(0, r.code());
        for (String s : new String[] {"rosenbrock", "styblinski_tang", "NAdam", "Adadelta", "OneCycleLR",
                "ReduceLROnPlateau", "lr=0.001", "lr >= 0", "betas=0.9,0.999", "rosenbrock-sgd-adam"}) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void listsThePresetsAndTheLessonsAnIdAndATitleALine() {
        CliRun presets = CliRun.of("list", "presets");
        assertEquals(0, presets.code(), presets.err());
        List<String> lines = presets.out().lines().toList();
        assertEquals(Presets.all().size() + 1, lines.size());
        for (int i = 0; i < Presets.all().size(); i++) {
            Preset p = Presets.all().get(i);
            assertEquals(List.of(p.id(), p.title()), List.of(lines.get(i + 1).strip().split("\\s{2,}", 2)));
        }
        CliRun lessons = CliRun.of("list", "lessons");
        assertEquals(0, lessons.code(), lessons.err());
        lines = lessons.out().lines().toList();
        assertEquals("Lessons (render --lesson ID --page N)", lines.get(0));
        assertEquals(Lessons.all().size() + 1, lines.size());
        for (int i = 0; i < Lessons.all().size(); i++) {
            Lesson l = Lessons.all().get(i);
            assertEquals(List.of(l.id(), l.title()), List.of(lines.get(i + 1).strip().split("\\s{2,}", 2)));
        }
        assertTrue(CliRun.of("list").out().contains("learning-rate"));
    }

    @Test
    void diagnosesARun() {
        CliRun r = CliRun.of("diagnose", "--function", "quadratic", "--param", "a=1", "--param", "b=10",
                "--start", "1,1", "--hp", "lr=0.25", "--steps", "2000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Diverged at step "), r.out());
        assertTrue(r.out().contains("lr = 0.25 is above 2/L = 0.2"), r.out());
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"cases\": [ {\"id\": 1,");
        Path wrongType = Files.writeString(dir.resolve("wrong.json"),
                "{\"function\": {\"name\": \"rosenbrock\"}, \"start\": \"here\", \"optimizer\": {\"name\": \"SGD\"}, \"steps\": 3}");
        String[][] bad = {
                {"trajectory", "--function", "nope"},
                {"trajectory", "--optimizer", "Lion"},
                {"trajectory", "--hp", "lr=-1"},
                {"trajectory", "--hp", "lr=abc"},
                {"trajectory", "--hp", "momentum"},
                {"trajectory", "--hp", "betas=0.9"},
                {"trajectory", "--start", "1"},
                {"trajectory", "--steps", "x"},
                {"trajectory", "--schedule", "StepLR", "--sp", "step_size=0"},
                {"trajectory", "--schedule", "OneCycleLR", "--optimizer", "Adagrad", "--sp", "max_lr=0.1",
                        "--sp", "total_steps=100"},
                {"trajectory", "--case", dir.resolve("missing.json").toString()},
                {"trajectory", "--case", broken.toString()},
                {"trajectory", "--case", wrongType.toString()},
                {"trajectory", "--case", ReferenceData.manifest().toString()},
                {"trajectory", "--case", ReferenceData.manifest().toString(), "--id", "nope"},
                {"trajectory", "--out", dir.resolve("no/such/dir/x.csv").toString()},
                {"trajectory", "--bogus"},
                {"nosuchcommand"},
        };
        for (String[] args : bad) {
            CliRun.assertBadInput(args);
        }
    }

    /** The inputs of issue 13: each gives one line naming the place and exit code 2, never a trace or exit 1. */
    @Test
    void refusalsOfTheFileReadersAndOptionsNameTheirPlace(@TempDir Path dir) throws Exception {
        String one = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Files.readString(ReferenceData.manifest())).get("cases").get(0).toString();
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"cases\": []}");
        Path trailing = Files.writeString(dir.resolve("trailing.json"), one + "\ngarbage");
        Path duplicate = Files.writeString(dir.resolve("duplicate.json"), one.replaceFirst("\\{", "{\"steps\": 5, "));
        Path paramsList = Files.writeString(dir.resolve("params.json"),
                one.replace("\"params\":{\"a\":1.0,\"b\":10.0}", "\"params\":[1.0,10.0]"));
        Path hyperList = Files.writeString(dir.resolve("hyper.json"), one.replaceFirst("\"lr\":([0-9.eE+-]+)", "\"lr\":[$1]"));
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(1001) + "]".repeat(1001));
        Path longString = Files.writeString(dir.resolve("long.json"), "{\"id\": \"" + "a".repeat(20_000_001) + "\"}");
        Path notUtf8 = Files.write(dir.resolve("latin1.json"), "{\"id\": \"caf\u00e9\"}".getBytes("ISO-8859-1"));
        String[][] cases = {
                {"not a window", "--param: Invalid value for a: 1e+155", "diagnose", "--function", "rosenbrock", "--param", "a=1e155"},
                {"bitIndex < 0", "--steps: Invalid value for steps: 0", "diagnose", "--function", "rosenbrock", "--optimizer",
                        "Adam", "--steps", "0"},
                {"one step limit", "steps <= 20000", "trajectory", "--steps", "20001"},
                {"seed as text", "--seed: seed must be an integer", "trajectory", "--seed", "abc"},
                {"batch", "--batch: Invalid value for batch: 0", "trajectory", "--batch", "0"},
                {"warm-up", "--warmup: must be STEPS or STEPS,FACTOR", "trajectory", "--warmup", "1,2,3"},
                {"warm-up factor", "--warmup: Invalid value for warmup_start_factor: 2", "trajectory", "--warmup", "10,2"},
                {"no cases", "empty.json: cases: the list is empty", "diagnose", "--case", empty.toString()},
                {"trailing garbage", "trailing.json: not valid JSON at line 2", "trajectory", "--case", trailing.toString()},
                {"duplicate key", "Duplicate field 'steps'", "trajectory", "--case", duplicate.toString()},
                {"params as a list", "params.json: function.params: must be a JSON object, not a list", "trajectory",
                        "--case", paramsList.toString()},
                {"hyper-parameter as a list", "hyper.json: optimizer.hyperparameters: lr must be a number", "trajectory",
                        "--case", hyperList.toString()},
                {"nesting", "deep.json: not valid JSON at line 1, column 1002", "trajectory", "--case", deep.toString()},
                {"long string", "long.json: not valid JSON at line 1, column ", "trajectory", "--case", longString.toString()},
                {"not UTF-8", "latin1.json: not UTF-8 text (byte offset 11", "trajectory", "--case", notUtf8.toString()},
                {"a map too large for memory", "Invalid map size: 100000 x 100000", "map", "--points", "100000",
                        "--momentum-points", "100000", "--steps", "10"},
                {"range-test names the option", "--iterations: Invalid value for num_iter: 0", "range-test",
                        "--iterations", "0"},
        };
        for (String[] c : cases) {
            String[] args = Arrays.copyOfRange(c, 2, c.length);
            CliRun r = CliRun.of(args);
            assertEquals(2, r.code(), c[0] + " -> " + r.err());
            assertEquals(1, r.err().lines().count(), c[0] + " -> " + r.err());
            assertTrue(r.err().contains(c[1]), c[0] + " -> " + r.err());
            assertTrue(r.err().length() < 400, c[0] + ": one short line");
        }
    }
}
