package org.downhill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.TorchCase;
import org.downhill.scenario.TorchCases;
import org.downhill.sim.ReferenceCsv;

/** The PyTorch reference data copied into the test resources: the manifest and one CSV per case. */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** The folder holding cases.json and the CSVs. */
    public static Path folder() {
        try {
            return Path.of(ReferenceData.class.getResource("/reference/cases.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest. */
    public static Path manifest() {
        return folder().resolve("cases.json");
    }

    /** Every case of the manifest. */
    public static List<TorchCase> cases() {
        try {
            return TorchCases.readAll(manifest());
        } catch (FileFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a case's CSV. */
    public static String csvText(TorchCase c) {
        try {
            return Files.readString(folder().resolve(c.csv()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case's rows as numbers: {step, x, y, loss, lr} per row, header dropped. */
    public static double[][] rows(TorchCase c) {
        return parse(csvText(c));
    }

    /** CSV text in the reference format as numbers, header dropped. */
    public static double[][] parse(String csv) {
        List<String> lines = csv.lines().toList();
        double[][] rows = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            rows[i - 1] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                rows[i - 1][j] = ReferenceCsv.parse(cells[j]);
            }
        }
        return rows;
    }

    /**
     * Whether two values agree in the reference's measure: {@code |a - b| / max(1, |b|) <= tol},
     * with non-finite values equal exactly (inf to inf, nan to nan).
     */
    public static boolean close(double actual, double expected, double tolerance) {
        if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
            return Double.compare(actual, expected) == 0 || (Double.isNaN(actual) && Double.isNaN(expected));
        }
        return Math.abs(actual - expected) / Math.max(1, Math.abs(expected)) <= tolerance;
    }
}
