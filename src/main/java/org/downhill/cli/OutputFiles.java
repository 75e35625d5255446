package org.downhill.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downhill.export.OutputFile;

/**
 * The files a command writes (figures, CSV), checked before any work and written safely through
 * {@link OutputFile}: a folder, a special file or a missing folder is refused, so is a file that
 * is an input being read or that two options name. Failures are {@link BadInputException}s (one
 * line on stderr, exit code 2).
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Refuses, before any work, an output that cannot be written (a folder, a special file, a
     * missing folder), that is the input being read, or that two options name.
     *
     * @param input   a file the command reads, or null
     * @param outputs the outputs asked for; null entries are options not given
     * @throws BadInputException naming the first output refused and why
     */
    static void check(Path input, Path... outputs) throws BadInputException {
        List<Path> seen = new ArrayList<>();
        if (input != null) {
            seen.add(input.toAbsolutePath().normalize());
        }
        for (Path out : outputs) {
            if (out == null) {
                continue;
            }
            Path target;
            try {
                target = OutputFile.check(out).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new BadInputException(e.getMessage());
            }
            if (seen.contains(target)) {
                throw new BadInputException("cannot write " + out + ": "
                        + (seen.indexOf(target) == 0 && input != null ? "it is the scenario being read"
                        : "another output goes there too"));
            }
            seen.add(target);
        }
    }

    /** Writes a file through {@link OutputFile}. */
    static void write(Path file, OutputFile.Content content) throws BadInputException {
        try {
            OutputFile.write(file, content);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
