package org.downhill.cli;

import org.downhill.param.InvalidParameterException;
import org.downhill.sim.Batching;
import picocli.CommandLine.Option;

/** The options of training on data shared by the commands that train: {@code --epochs}, {@code --shuffle}, {@code --seed}. */
final class TrainingOptions {

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "10",
            description = "passes through the data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--shuffle", description = "visit the rows in a new random order every epoch (default: stored order)")
    boolean shuffle;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "the seed of the shuffled orders (default: ${DEFAULT-VALUE})")
    long seed;

    /**
     * The batching of a batch size given as a number or {@code all}.
     *
     * @throws InvalidParameterException if the size is neither a positive integer nor {@code all}
     */
    Batching batching(String size) {
        return Batching.of(parseSize(size), shuffle, seed);
    }

    /** A batch size as a number of rows, {@code all} being {@link Batching#ALL_ROWS}. */
    static int parseSize(String size) {
        String t = size.trim();
        if (t.equalsIgnoreCase("all")) {
            return Batching.ALL_ROWS;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("Invalid value for batch: '" + size + "' (allowed: an integer batch >= 1, or all)");
        }
    }
}
