package org.downhill.cli;

import java.io.PrintWriter;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.FileFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code downhill <subcommand> ...}. Bad input of any kind (unknown names,
 * malformed or impossible values, broken files) prints one line on standard error and exits with
 * {@link #EXIT_BAD_INPUT}; it never prints a stack trace.
 */
@Command(name = "downhill", mixinStandardHelpOptions = true, version = "Downhill 0.1",
        description = "Gradient descent made visible: loss landscapes and optimizer trajectories.",
        subcommands = {TrajectoryCommand.class, DiagnoseCommand.class, ScanCommand.class, RangeTestCommand.class,
                MapCommand.class, TrainCommand.class, LrVsBatchCommand.class, ListCommand.class, RenderCommand.class})
public final class Cli implements Runnable {

    /** The exit code for bad input. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code (0 ok, 2 bad input). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println(commandName(ex.getCommandLine()) + ": " + ex.getMessage()
                    + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, line, ignored) -> {
            line.getErr().println(commandName(line) + ": " + oneLine(ex));
            return ex instanceof InvalidParameterException || ex instanceof FileFormatException
                    || ex instanceof BadInputException ? EXIT_BAD_INPUT : 1;
        });
        return cli.execute(args);
    }

    private static String commandName(CommandLine line) {
        return line.getCommandSpec().qualifiedName();
    }

    private static String oneLine(Exception ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return message.replace('\n', ' ');
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
