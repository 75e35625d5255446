package org.downhill.ui.lr;

import org.downhill.sweep.LrScan;
import org.downhill.sweep.Outcome;

/** Reading a scan at a learning rate: the scanned rate nearest to it, and what that run did, in words. */
public final class ScanReading {
    private ScanReading() {
    }

    /**
     * The index of the scanned rate nearest to {@code rate} in ratio ({@code |ln(lr_i / rate)|}
     * smallest), or -1 if the rate lies outside the scan's range.
     */
    public static int nearest(LrScan scan, double rate) {
        if (scan == null || !(rate >= scan.lr(0)) || !(rate <= scan.lr(scan.size() - 1))) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < scan.size(); i++) {
            if (Math.abs(Math.log(scan.lr(i) / rate)) < Math.abs(Math.log(scan.lr(best) / rate))) {
                best = i;
            }
        }
        return best;
    }

    /** What a scanned run does, as a verb phrase: "converges in 85 steps", "diverges at step 12", "is slow". */
    public static String describe(Outcome o) {
        String when = o.eventStep() >= 0 ? " in " + o.eventStep() + (o.eventStep() == 1 ? " step" : " steps") : "";
        return switch (o.regime()) {
            case DIVERGES -> o.eventStep() >= 0 ? "diverges at step " + o.eventStep() : "diverges";
            case CONVERGES -> "converges" + when;
            case CONVERGES_OSCILLATING -> "converges, overshooting" + (when.isEmpty() ? "" : "," + when);
            case OSCILLATES -> "oscillates";
            case SLOW -> "is slow";
        };
    }
}
