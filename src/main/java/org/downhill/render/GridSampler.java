package org.downhill.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;

/**
 * Evaluates a landscape at the cell centres of a grid over a window (see {@link SampledGrid} for
 * the layout), either on the calling thread or split into bands of whole rows of which the caller
 * runs the first and an executor the others. Sampling into a grid of the same size reuses its
 * arrays. Immutable and thread-safe; the grids it fills are not.
 */
public final class GridSampler {
    private final Executor executor;
    private final int bands;

    private GridSampler(Executor executor, int bands) {
        this.executor = executor;
        this.bands = bands;
    }

    /** A sampler that does all the work on the calling thread and allocates nothing when it reuses a grid. */
    public static GridSampler sequential() {
        return new GridSampler(Runnable::run, 1);
    }

    /**
     * A sampler that splits the rows into {@code bands} contiguous bands: the calling thread samples
     * the first, {@code executor} the others, and the call returns when all are done. Each call
     * allocates a few small task objects, never the grid's arrays. The caller waits, so it must not
     * be one of the executor's threads if those can all be busy (a fixed pool of one, say); a
     * {@link java.util.concurrent.ForkJoinPool} is safe.
     *
     * @param executor runs the bands after the first, e.g. {@code ForkJoinPool.commonPool()}
     * @param bands    how many bands, at least 1, e.g. the number of cores
     */
    public static GridSampler parallel(Executor executor, int bands) {
        if (executor == null) {
            throw new IllegalArgumentException("executor is null");
        }
        if (bands < 1) {
            throw new IllegalArgumentException("bands must be at least 1, not " + bands);
        }
        return new GridSampler(executor, bands);
    }

    /**
     * Samples {@code landscape} over {@code window} at the centres of nx x ny cells, then computes
     * the grid's statistics.
     *
     * @param reuse a grid to overwrite, used when it has nx x ny cells; may be null
     * @return {@code reuse} if it had the right size, else a new grid
     * @throws IllegalArgumentException if nx or ny is below 2 or the grid would be too large
     */
    public SampledGrid sample(Landscape landscape, Window window, int nx, int ny, SampledGrid reuse) {
        SampledGrid grid = reuse != null && reuse.nx() == nx && reuse.ny() == ny ? reuse : new SampledGrid(nx, ny);
        grid.setWindow(window);
        int n = Math.min(bands, ny);
        if (n == 1) {
            sampleRows(landscape, grid, 0, ny);
        } else {
            CompletableFuture<?>[] others = new CompletableFuture<?>[n - 1];
            for (int b = 1; b < n; b++) {
                int from = b * ny / n;
                int to = (b + 1) * ny / n;
                others[b - 1] = CompletableFuture.runAsync(() -> sampleRows(landscape, grid, from, to), executor);
            }
            sampleRows(landscape, grid, 0, ny / n);
            CompletableFuture.allOf(others).join();
        }
        grid.updateStatistics();
        return grid;
    }

    /** Samples whole rows, each with one {@link Landscape#values} call. */
    private static void sampleRows(Landscape landscape, SampledGrid grid, int fromRow, int toRow) {
        double[] values = grid.values();
        double[] columns = grid.columns();
        for (int j = fromRow; j < toRow; j++) {
            landscape.values(columns, grid.y(j), values, j * grid.nx());
        }
    }
}
