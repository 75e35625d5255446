package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The exit code, standard output and standard error of one command. */
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

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
            Result top = run("--help");
            assertEquals(0, top.code(), top.err());
            assertTrue(top.out().contains("numbers as %.17g"), top.out());
            for (String command : new CommandLine(new Cli()).getSubcommands().keySet()) {
                Result r = run(command, "--help");
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
            Result r = run("trajectory", "--case", ReferenceData.manifest().toString(), "--id", c.id());
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
        Result r = run("trajectory", "--case", single.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertSameRows(ReferenceData.csvText(ReferenceData.cases().get(2)), Files.readString(out));
    }

    @Test
    void runsFromPlainOptions() {
        TorchCase c = ReferenceData.cases().stream().filter(x -> x.id().startsWith("p022")).findFirst().orElseThrow();
        Result r = run("trajectory", "--function", "rosenbrock", "--param", "a=1", "--param", "b=100",
                "--start", "-1.2,1", "--optimizer", "Adam", "--hp", "lr=0.01", "--hp", "betas=0.9,0.999",
                "--steps", "500");
        assertEquals(0, r.code(), r.err());
        assertSameRows(ReferenceData.csvText(c), r.out());
        Result noisy = run("trajectory", "--function", "rosenbrock", "--start", "-1.5,2", "--optimizer", "Adam",
                "--hp", "lr=0.01", "--schedule", "CosineAnnealingLR", "--sp", "T_max=200", "--steps", "200",
                "--noise", "0.5", "--batch", "8", "--seed", "1");
        assertEquals(0, noisy.code(), noisy.err());
        assertEquals(202, noisy.out().lines().count());
    }

    @Test
    void listsEverythingWithDefaultsAndRanges() {
        Result r = run("list");
        assertEquals(0, r.code());
        for (String s : new String[] {"rosenbrock", "styblinski_tang", "NAdam", "Adadelta", "OneCycleLR",
                "ReduceLROnPlateau", "lr=0.001", "lr >= 0", "betas=0.9,0.999", "rosenbrock-sgd-adam"}) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void listsThePresetsAndTheLessonsAnIdAndATitleALine() {
        Result presets = run("list", "presets");
        assertEquals(0, presets.code(), presets.err());
        List<String> lines = presets.out().lines().toList();
        assertEquals(Presets.all().size() + 1, lines.size());
        for (int i = 0; i < Presets.all().size(); i++) {
            Preset p = Presets.all().get(i);
            assertEquals(List.of(p.id(), p.title()), List.of(lines.get(i + 1).strip().split("\\s{2,}", 2)));
        }
        Result lessons = run("list", "lessons");
        assertEquals(0, lessons.code(), lessons.err());
        lines = lessons.out().lines().toList();
        assertEquals("Lessons (render --lesson ID --page N)", lines.get(0));
        assertEquals(Lessons.all().size() + 1, lines.size());
        for (int i = 0; i < Lessons.all().size(); i++) {
            Lesson l = Lessons.all().get(i);
            assertEquals(List.of(l.id(), l.title()), List.of(lines.get(i + 1).strip().split("\\s{2,}", 2)));
        }
        assertTrue(run("list").out().contains("learning-rate"));
    }

    @Test
    void diagnosesARun() {
        Result r = run("diagnose", "--function", "quadratic", "--param", "a=1", "--param", "b=10", "--start", "1,1",
                "--hp", "lr=0.25", "--steps", "2000");
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
            Result r = run(args);
            String cmd = String.join(" ", args);
            assertEquals(2, r.code(), cmd + " -> " + r.err());
            assertEquals(1, r.err().lines().count(), cmd + " -> " + r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), cmd + " -> " + r.err());
            assertEquals("", r.out(), cmd);
        }
    }
}
