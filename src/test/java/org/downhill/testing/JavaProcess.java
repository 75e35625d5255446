package org.downhill.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM of its own for a test: this JVM's {@code java}, with the arguments given. */
public final class JavaProcess {
    private JavaProcess() {
    }

    /**
     * Runs {@code java} with the arguments and returns what it printed (output and errors), after
     * asserting that it finished within a minute and exited with 0.
     */
    public static String run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(arguments));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "finished: " + command);
        assertEquals(0, java.exitValue(), printed);
        return printed;
    }
}
