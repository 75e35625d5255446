package org.downhill.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.StepMarkers;
import org.downhill.sim.ReferenceCsv;
import org.downhill.sim.Trajectory;

/**
 * Trajectories as CSV for spreadsheets and plotting scripts: the reference columns
 * {@code step,x,y,loss,lr} exactly as {@link ReferenceCsv} writes them, then what each update did:
 * <ul>
 * <li>{@code grad_x, grad_y}: the gradient the update from the row used (noise included; in the
 *     last row, the gradient at the end point);</li>
 * <li>{@code update_x, update_y}: the step taken to the next row ({@code nan} in the last row);</li>
 * <li>{@code overshoot, loss_increase}: {@code 1} where the update overshot the minimum along its
 *     direction or raised the loss, else {@code 0} (see {@link StepMarkers}; {@code 0} in the last
 *     row).</li>
 * </ul>
 * Numbers are spelled as C's {@code %.17g} ({@link ReferenceCsv#format}), so they read back as the
 * same doubles; lines end with {@code \n}. Several runs go into one long file with a leading
 * {@code run} column holding the run's name, quoted as RFC 4180 says where it holds a comma, a
 * quote or a line break.
 */
public final class TrajectoryCsv {
    /** The header of a file with one run, without its newline. */
    public static final String HEADER = ReferenceCsv.HEADER
            + ",grad_x,grad_y,update_x,update_y,overshoot,loss_increase";
    /** The header of a file with several runs, without its newline. */
    public static final String RUNS_HEADER = "run," + HEADER;

    /**
     * A trajectory with the name that labels its rows.
     *
     * @param name       the run's name
     * @param trajectory its rows
     */
    public record Named(String name, Trajectory trajectory) {
        /** Checks that nothing is missing. */
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(trajectory, "trajectory");
        }
    }

    private TrajectoryCsv() {
    }

    /** Appends the header and every row of one run. */
    public static void write(Trajectory t, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            rows("", t, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run as CSV text. */
    public static String toCsv(Trajectory t) {
        StringBuilder sb = new StringBuilder();
        write(t, sb);
        return sb.toString();
    }

    /** Appends the header and the rows of every run, run after run, each row led by the run's name. */
    public static void write(List<Named> runs, Appendable out) {
        try {
            out.append(RUNS_HEADER).append('\n');
            for (Named run : runs) {
                rows(quote(run.name()) + ",", run.trajectory(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Several runs as CSV text. */
    public static String toCsv(List<Named> runs) {
        StringBuilder sb = new StringBuilder();
        write(runs, sb);
        return sb.toString();
    }

    private static void rows(String prefix, Trajectory t, Appendable out) throws IOException {
        StepMarkers markers = Diagnoser.diagnose(t).markers();
        for (int k = 0; k < t.rows(); k++) {
            out.append(prefix).append(Integer.toString(k));
            for (double v : new double[] {t.x(k), t.y(k), t.loss(k), t.lr(k), t.gradX(k), t.gradY(k), t.updateX(k),
                    t.updateY(k)}) {
                out.append(',').append(ReferenceCsv.format(v));
            }
            out.append(',').append(markers.overshoot(k) ? '1' : '0')
                    .append(',').append(markers.lossIncrease(k) ? '1' : '0').append('\n');
        }
    }

    /** A field as RFC 4180 writes it: in quotes, with quotes doubled, if it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
