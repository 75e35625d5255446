package org.downhill.sim;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a run on data in the training reference CSV format: the header
 * {@code step,epoch,batch,p1,p2,batch_loss,full_loss,lr}, then one row per step k with the
 * parameters after k steps, the epoch and batch index of the step that comes next, that batch's
 * loss and the full-data loss at these parameters, and the step's learning rate; numbers as
 * {@link ReferenceCsv#format} spells them, {@code \n} line endings.
 */
public final class TrainingCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "step,epoch,batch,p1,p2,batch_loss,full_loss,lr";

    private TrainingCsv() {
    }

    /** Appends the header and every row of the trajectory. */
    public static void write(Trajectory t, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            for (int k = 0; k < t.rows(); k++) {
                out.append(Integer.toString(k)).append(',')
                        .append(Integer.toString(t.epoch(k))).append(',')
                        .append(Integer.toString(t.batchIndex(k))).append(',')
                        .append(ReferenceCsv.format(t.x(k))).append(',')
                        .append(ReferenceCsv.format(t.y(k))).append(',')
                        .append(ReferenceCsv.format(t.batchLoss(k))).append(',')
                        .append(ReferenceCsv.format(t.loss(k))).append(',')
                        .append(ReferenceCsv.format(t.lr(k))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trajectory as CSV text. */
    public static String toCsv(Trajectory t) {
        StringBuilder sb = new StringBuilder(96 * t.rows() + 48);
        write(t, sb);
        return sb.toString();
    }
}
