package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One command run through {@link Cli#run(PrintWriter, PrintWriter, String...)}: its exit code,
 * standard output and standard error.
 *
 * @param code the exit code
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
record CliRun(int code, String out, String err) {

    /** Runs the command line with these arguments. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Checks that the arguments are refused as bad input: exit code 2, one line on stderr, no trace, no output. */
    static void assertBadInput(String... args) {
        CliRun r = of(args);
        String cmd = String.join(" ", args);
        assertEquals(2, r.code(), cmd + " -> " + r.err());
        assertEquals(1, r.err().lines().count(), cmd + " -> " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), cmd + " -> " + r.err());
        assertEquals("", r.out(), cmd);
    }
}
