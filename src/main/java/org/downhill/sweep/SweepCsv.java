package org.downhill.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.downhill.sim.ReferenceCsv;

/**
 * Writes sweeps as CSV, numbers as {@link ReferenceCsv#format} spells them (C's {@code %.17g};
 * {@code inf}, {@code nan}), regimes by their reference names, -1 for no event step.
 */
public final class SweepCsv {
    /** The header of an lr scan. */
    public static final String SCAN_HEADER = "lr,final_loss,min_loss,steps,regime,event_step";
    /** The header of a stability map (the momentum column holds beta1 for the Adam family). */
    public static final String MAP_HEADER = "lr,momentum,regime,final_loss,event_step";

    private SweepCsv() {
    }

    /** Appends the header and one row per learning rate. */
    public static void write(LrScan scan, Appendable out) {
        try {
            out.append(SCAN_HEADER).append('\n');
            for (int i = 0; i < scan.size(); i++) {
                Outcome o = scan.outcome(i);
                out.append(ReferenceCsv.format(scan.lr(i))).append(',').append(ReferenceCsv.format(o.finalLoss()))
                        .append(',').append(ReferenceCsv.format(o.minLoss())).append(',')
                        .append(Integer.toString(o.steps())).append(',').append(o.regime().referenceName())
                        .append(',').append(Integer.toString(o.eventStep())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends the header and one row per cell, momentum by momentum, each by increasing lr. */
    public static void write(StabilityMap map, Appendable out) {
        try {
            out.append(MAP_HEADER).append('\n');
            for (int j = 0; j < map.momentumCount(); j++) {
                for (int i = 0; i < map.lrCount(); i++) {
                    Outcome o = map.outcome(i, j);
                    out.append(ReferenceCsv.format(map.lr(i))).append(',')
                            .append(ReferenceCsv.format(map.momentum(j))).append(',')
                            .append(o.regime().referenceName()).append(',')
                            .append(ReferenceCsv.format(o.finalLoss())).append(',')
                            .append(Integer.toString(o.eventStep())).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
