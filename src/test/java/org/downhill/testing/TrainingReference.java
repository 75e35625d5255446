package org.downhill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.TrainingCase;
import org.downhill.scenario.TrainingCases;

/** The PyTorch training reference data (data-training) copied into the test resources. */
public final class TrainingReference {
    private TrainingReference() {
    }

    /** The manifest, cases.json. */
    public static Path manifest() {
        return ReferenceData.folder().resolveSibling("data-training").resolve("cases.json");
    }

    /** Every case of the manifest. */
    public static List<TrainingCase> cases() {
        try {
            return TrainingCases.readAll(manifest());
        } catch (FileFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a case's CSV. */
    public static String csvText(TrainingCase c) {
        try {
            return Files.readString(manifest().resolveSibling(c.csv()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks CSV text in the training format against a case's reference: the same header, the same
     * number of rows, every value within the reference's tolerance; returns null or what differs.
     */
    public static String difference(TrainingCase c, String actualCsv) {
        String expectedCsv = csvText(c);
        if (!expectedCsv.lines().findFirst().equals(actualCsv.lines().findFirst())) {
            return "header " + actualCsv.lines().findFirst().orElse("");
        }
        double[][] expected = ReferenceData.parse(expectedCsv);
        double[][] actual = ReferenceData.parse(actualCsv);
        if (expected.length != actual.length) {
            return actual.length + " rows, not " + expected.length;
        }
        for (int k = 0; k < expected.length; k++) {
            for (int j = 0; j < expected[k].length; j++) {
                if (!ReferenceData.close(actual[k][j], expected[k][j], 1e-9)) {
                    return "row " + k + " column " + j + ": " + actual[k][j] + " vs " + expected[k][j];
                }
            }
        }
        return null;
    }
}
