package org.downhill.ui.model;

import org.downhill.landscape.Landscape;
import org.downhill.landscape.RowLandscape;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.Settings;

/**
 * How a run's batches and gradient noise fit the landscape it runs on. On a model on data the
 * noise of a step comes from its batch of rows, so a run there has batches (or the full-data
 * gradient) and never synthetic gradient noise; on a formula it has no batches. The app never
 * shows both, so the two cannot be confused on screen.
 */
public final class DataRuns {
    /** The batches of a run that comes to a model on data: all rows (full batch), shuffled with seed 1. */
    public static final Batching DEFAULT = Batching.of(Batching.ALL_ROWS, true, 1);

    private DataRuns() {
    }

    /**
     * The batches of a run after its landscape changed from {@code before} (null for a new run) to
     * {@code now}: none on a formula; on a model on data the run's own, or {@link #DEFAULT} when
     * it comes from a formula (or is new).
     */
    public static Batching fit(Batching current, Landscape before, Landscape now) {
        if (!(now instanceof RowLandscape)) {
            return Batching.NONE;
        }
        return before instanceof RowLandscape ? current : DEFAULT;
    }

    /** The settings on a landscape: without synthetic gradient noise on a model on data. */
    public static Settings fit(Settings settings, Landscape now) {
        return now instanceof RowLandscape && !settings.noise().isNone() ? settings.withNoise(NoiseSpec.NONE) : settings;
    }

    /** Whether a landscape is a model on data (a run there goes through its rows in batches). */
    public static boolean onData(Landscape landscape) {
        return landscape instanceof RowLandscape;
    }
}
