package org.downhill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.RangeTestCase;
import org.downhill.scenario.RangeTestCases;

/** The range-test reference data copied into the test resources: the manifest and one CSV per case. */
public final class RangeTestData {
    private RangeTestData() {
    }

    /** The manifest. */
    public static Path manifest() {
        return ReferenceData.folder().resolveSibling("range-test").resolve("cases.json");
    }

    /** Every case of the manifest. */
    public static List<RangeTestCase> cases() {
        try {
            return RangeTestCases.readAll(manifest());
        } catch (FileFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a case's CSV. */
    public static String csvText(RangeTestCase c) {
        try {
            return Files.readString(manifest().resolveSibling(c.csv()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case's rows as numbers: {iter, x, y, lr, loss, smoothed_loss} per row, header dropped. */
    public static double[][] rows(RangeTestCase c) {
        return ReferenceData.parse(csvText(c));
    }
}
