package org.downhill.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * One run's settings from many random starts: n start points drawn uniformly over a window from a
 * seeded generator (so the same seed gives the same starts, and two runs compared with the same
 * seed start from the same points), each simulated with the run's plan (its settings, schedule,
 * noise and edits), and where each one ends. An end point is in a minimum when it lies within
 * {@link #SETTLED} of the window's diagonal of a known minimum of the landscape; otherwise it
 * settled nowhere (still moving, oscillating or diverged). Immutable.
 */
public final class Ensemble {
    /** The most starts an ensemble may have. */
    public static final int MAX_STARTS = 1000;
    /** An end point within this share of the window's diagonal of a minimum is in that minimum. */
    public static final double SETTLED = 0.01;

    private final List<Ending> endings;

    private Ensemble(List<Ending> endings) {
        this.endings = List.copyOf(endings);
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

    /**
     * Runs the plan from n random starts over the window.
     *
     * @param plan   the run whose settings every start uses
     * @param window where the starts are drawn, uniformly
     * @param n      the number of starts, 1 to {@link #MAX_STARTS}
     * @param seed   the seed of the starts
     */
    public static Ensemble run(RunPlan plan, Window window, int n, long seed) {
        if (n < 1 || n > MAX_STARTS) {
            throw new IllegalArgumentException("n = " + n + " (allowed: 1 to " + MAX_STARTS + ")");
        }
        Landscape f = plan.spec().landscape();
        Minima minima = new Minima(f);
        double settled = SETTLED * Math.hypot(window.width(), window.height());
        SplittableRandom random = new SplittableRandom(seed);
        List<Ending> endings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = window.xMin() + random.nextDouble() * window.width();
            double y = window.yMin() + random.nextDouble() * window.height();
            Trajectory t = Simulator.run(new RunPlan(plan.spec().withStart(x, y), plan.edits()));
            double ex = t.x(t.lastStep());
            double ey = t.y(t.lastStep());
            CriticalPoint nearest = minima.nearestMinimum(ex, ey);
            boolean in = nearest != null && nearest.kind().isMinimum()
                    && Math.hypot(nearest.x() - ex, nearest.y() - ey) <= settled;
            endings.add(new Ending(x, y, ex, ey, in ? nearest : null));
        }
        return new Ensemble(endings);
    }

    /** Where every start led, in the order drawn. */
    public List<Ending> endings() {
        return endings;
    }

    /** The share of starts that ended in a global minimum, 0 to 1. */
    public double shareGlobal() {
        return endings.stream().filter(Ending::inGlobalMinimum).count() / (double) endings.size();
    }
}
