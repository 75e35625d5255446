package org.downhill.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM of its own for a test: this JVM's {@code java}, with the arguments given. */
public final class JavaProcess {
    private JavaProcess() {
    }

    /** What such a JVM did: its exit code, what it printed on standard output and on standard error. */
    public record Result(int exitCode, String output, String errors) {
    }

    /**
     * Runs {@code java} with the arguments and returns what it did, after asserting that it
     * finished within two minutes. Its two streams go to files of their own (no pipe to fill up).
     */
    public static Result result(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("java-process", ".out");
        Path err = Files.createTempFile("java-process", ".err");
        try {
            Process java = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(java.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
            return new Result(java.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Runs {@code java} with the arguments and returns what it printed (output, then errors), after
     * asserting that it finished and exited with 0.
     */
    public static String run(String... arguments) throws Exception {
        Result result = result(arguments);
        assertEquals(0, result.exitCode(), result.output() + result.errors());
        return result.output() + result.errors();
    }
}
