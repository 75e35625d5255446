package org.downhill.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Progress;
import org.downhill.sweep.Sweeper;

/**
 * One run's settings from many random starts: n start points drawn uniformly over a window from a
 * seeded generator (so the same seed gives the same starts, and two runs compared with the same
 * seed start from the same points), each simulated with the run's plan (its settings, schedule,
 * noise and edits) through the {@link Sweeper}, and where each one ends. An end point is in a
 * minimum when it lies within {@link #SETTLED} of the window's diagonal of a known minimum of the
 * landscape; otherwise it settled nowhere (still moving, oscillating or diverged). On request it
 * also keeps each run's path, thinned to at most {@link #PATH_POINTS} rows (the first and the last
 * among them), for a picture of the ensemble. Immutable.
 */
public final class Ensemble {
    /** The most starts an ensemble may have. */
    public static final int MAX_STARTS = 1000;
    /** An end point within this share of the window's diagonal of a minimum is in that minimum. */
    public static final double SETTLED = 0.01;
    /** The most rows of a run's path an ensemble keeps. */
    public static final int PATH_POINTS = 200;

    private final List<Ending> endings;
    private final List<float[]> paths;

    private Ensemble(List<Ending> endings, List<float[]> paths) {
        this.endings = List.copyOf(endings);
        this.paths = List.copyOf(paths);
    }

    /**
     * Where one start led.
     *
     * @param startX  x of the start
     * @param startY  y of the start
     * @param endX    x of the last point
     * @param endY    y of the last point
     * @param minimum the known minimum the run ended in, or null if it settled in none
     */
    public record Ending(double startX, double startY, double endX, double endY, CriticalPoint minimum) {
        /** Whether the run ended in a global minimum. */
        public boolean inGlobalMinimum() {
            return minimum != null && minimum.kind() == CriticalPoint.Kind.GLOBAL_MIN;
        }
    }

    /** What the sweep keeps of one run: its ending and, if asked for, its thinned path. */
    private record Kept(Ending ending, float[] path) {
    }

    /** Runs the plan from n random starts over the window, on every core, without keeping the paths. */
    public static Ensemble run(RunPlan plan, Window window, int n, long seed) {
        return run(Sweeper.on(ForkJoinPool.commonPool()), plan, window, n, seed, false, new Cancellation(),
                Progress.NONE);
    }

    /**
     * Runs the plan from n random starts over the window.
     *
     * @param sweeper   runs the starts
     * @param plan      the run whose settings every start uses
     * @param window    where the starts are drawn, uniformly
     * @param n         the number of starts, 1 to {@link #MAX_STARTS}
     * @param seed      the seed of the starts
     * @param keepPaths whether to keep each run's path ({@link #path})
     * @param cancel    checked before every run
     * @param progress  told after every run
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static Ensemble run(Sweeper sweeper, RunPlan plan, Window window, int n, long seed, boolean keepPaths,
                               Cancellation cancel, Progress progress) {
        if (n < 1 || n > MAX_STARTS) {
            throw new IllegalArgumentException("n = " + n + " (allowed: 1 to " + MAX_STARTS + ")");
        }
        Landscape f = plan.spec().landscape();
        Minima minima = new Minima(f);
        double settled = SETTLED * Math.hypot(window.width(), window.height());
        SplittableRandom random = new SplittableRandom(seed);
        double[][] starts = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = window.xMin() + random.nextDouble() * window.width();
            double y = window.yMin() + random.nextDouble() * window.height();
            starts[i] = new double[] {x, y};
        }
        List<Kept> kept = sweeper.map(n, i -> new RunPlan(plan.spec().withStart(starts[i][0], starts[i][1]),
                plan.edits()), t -> {
                    double ex = t.x(t.lastStep());
                    double ey = t.y(t.lastStep());
                    CriticalPoint nearest = minima.nearestMinimum(ex, ey);
                    boolean in = nearest != null && nearest.kind().isMinimum()
                            && Math.hypot(nearest.x() - ex, nearest.y() - ey) <= settled;
                    return new Kept(new Ending(t.x(0), t.y(0), ex, ey, in ? nearest : null),
                            keepPaths ? thinned(t) : new float[0]);
                }, cancel, progress);
        List<Ending> endings = new ArrayList<>(n);
        List<float[]> paths = new ArrayList<>(n);
        for (Kept k : kept) {
            endings.add(k.ending());
            paths.add(k.path());
        }
        return new Ensemble(endings, paths);
    }

    /** The rows of a run at most {@link #PATH_POINTS} evenly spread from the first to the last, x and y interleaved. */
    private static float[] thinned(Trajectory t) {
        int rows = t.rows();
        int points = Math.min(rows, PATH_POINTS);
        float[] xy = new float[2 * points];
        for (int j = 0; j < points; j++) {
            int k = points == 1 ? 0 : (int) Math.round((double) j * (rows - 1) / (points - 1));
            xy[2 * j] = (float) t.x(k);
            xy[2 * j + 1] = (float) t.y(k);
        }
        return xy;
    }

    /** Where every start led, in the order drawn. */
    public List<Ending> endings() {
        return endings;
    }

    /** The number of starts. */
    public int size() {
        return endings.size();
    }

    /** The number of kept rows of run i's path: 0 if the paths were not kept. */
    public int pathLength(int i) {
        return paths.get(i).length / 2;
    }

    /** x of the j-th kept row of run i's path (as a float, enough for a picture). */
    public double pathX(int i, int j) {
        return paths.get(i)[2 * j];
    }

    /** y of the j-th kept row of run i's path. */
    public double pathY(int i, int j) {
        return paths.get(i)[2 * j + 1];
    }

    /** The share of starts that ended in a global minimum, 0 to 1. */
    public double shareGlobal() {
        return endings.stream().filter(Ending::inGlobalMinimum).count() / (double) endings.size();
    }
}
