package org.downhill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code downhill <subcommand> ...}. */
@Command(name = "downhill", mixinStandardHelpOptions = true, version = "Downhill 0.1",
        description = "Gradient descent made visible: loss landscapes and optimizer trajectories.")
public final class Cli implements Runnable {

    /** Runs the command line and returns the exit code (0 ok, 2 bad input). */
    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
