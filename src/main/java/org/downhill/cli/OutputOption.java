package org.downhill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out FILE}: where a command writes its text, standard output unless given. */
final class OutputOption {

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    /** Text to write. */
    @FunctionalInterface
    interface Body {
        void appendTo(Appendable out) throws IOException;
    }

    /**
     * Writes the text {@code body} appends to the file named by {@code --out}, or to {@code stdout}.
     *
     * @throws BadInputException if the file cannot be written
     */
    void write(PrintWriter stdout, Body body) throws BadInputException {
        if (out == null) {
            try {
                body.appendTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdout.flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            body.appendTo(w);
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("Cannot write " + out + ": " + e.getMessage());
        }
    }
}
