package org.downhill.diagnose;

import java.util.Comparator;
import java.util.Optional;
import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Trajectory;

/**
 * Where gradient descent is stable near a minimum, from the curvatures there: the eigenvalues
 * {@code L = lambda_max >= lambda_min} of the effective Hessian {@code H + wd I} (wd the L2 weight
 * decay the optimizer adds to the gradient; 0 for AdamW's decoupled decay). On a quadratic the
 * Hessian is the same everywhere and the statements below are exact; elsewhere they hold for
 * the linearisation around the point. Along an eigen-direction of curvature lambda the error of
 * gradient descent is multiplied by {@code 1 - lr lambda} per step, so:
 * <pre>
 * lr &lt; 1/L               every component shrinks without changing sign
 * 1/L &lt; lr &lt; 2/L         the steep component overshoots (changes sign) while shrinking
 * lr &gt; 2/L               the steep component grows: the run diverges
 * </pre>
 * With heavy-ball momentum beta (and dampening tau, PyTorch's SGD) the error follows
 * {@code z^2 - (1 + beta - lr (1 - tau) lambda) z + beta = 0}, whose roots stay inside the unit
 * circle exactly for {@code 0 < lr < 2 (1 + beta) / ((1 - tau) lambda)}; with Nesterov momentum
 * ({@code z^2 - (1 + beta)(1 - lr lambda) z + beta (1 - lr lambda) = 0}) for
 * {@code 0 < lr < 2 (1 + beta) / ((1 + 2 beta) lambda)}. The edge of the whole run is the edge of
 * its steepest direction, lambda = L.
 *
 * @param x        x of the point
 * @param y        y of the point
 * @param largest  L, the largest eigenvalue of the effective Hessian there
 * @param smallest the smallest eigenvalue
 */
public record Stability(double x, double y, double largest, double smallest) {

    /** The curvatures of {@code f} at (x, y), with {@code weightDecay} added to both. */
    public static Stability at(Landscape f, double x, double y, double weightDecay) {
        double[] h = new double[3];
        f.hessian(x, y, h);
        SymmetricEigen e = SymmetricEigen.of(h[0] + weightDecay, h[1], h[2] + weightDecay);
        return new Stability(x, y, e.large(), e.small());
    }

    /**
     * The curvatures at the minimum a run heads for: anywhere on a quadratic (the Hessian is
     * constant); at the minimum the run approaches, as {@link Diagnoser} finds it (Newton's
     * method from the run's end), if there is one; otherwise at the known critical point with a
     * positive curvature nearest to where the run ended (to its start if it blew up). Empty if
     * there is none, or if L is not positive there.
     */
    public static Optional<Stability> forRun(Trajectory run) {
        RunSpec spec = run.plan().spec();
        Landscape f = spec.landscape();
        double wd = weightDecay(run.plan().latestSettings().optimizer());
        boolean blewUp = run.termination().diverged();
        Attractor a = f.isQuadratic() || blewUp ? null : Attractor.find(run, f, wd);
        Stability s;
        if (f.isQuadratic()) {
            s = at(f, spec.startX(), spec.startY(), wd);
        } else if (a != null && a.isMinimum()) {
            s = new Stability(a.x(), a.y(), a.eigen().large(), a.eigen().small());
        } else {
            double fromX = blewUp ? spec.startX() : run.x(run.lastStep());
            double fromY = blewUp ? spec.startY() : run.y(run.lastStep());
            s = f.criticalPoints().stream().map(p -> at(f, p.x(), p.y(), wd)).filter(c -> c.largest() > 0)
                    .min(Comparator.comparingDouble(c -> Math.hypot(c.x() - fromX, c.y() - fromY))).orElse(null);
        }
        return s != null && s.largest() > 0 && Double.isFinite(s.largest()) ? Optional.of(s) : Optional.empty();
    }

    /** The L2 weight decay an optimizer adds to the gradient (0 for AdamW, whose decay is decoupled). */
    public static double weightDecay(OptimizerSpec optimizer) {
        return optimizer.kind() == OptimizerKind.ADAMW ? 0 : optimizer.hyper().real("weight_decay");
    }

    /** {@code 1/L}: above it plain gradient descent overshoots along the steepest direction. */
    public double overshootLr() {
        return 1 / largest;
    }

    /** {@code 2/L}: above it plain gradient descent diverges. */
    public double edgeLr() {
        return 2 / largest;
    }

    /** {@code 2 (1 + beta) / L}: above it gradient descent with heavy-ball momentum beta diverges. */
    public double momentumEdgeLr(double beta) {
        return edgeLr(largest, beta, 0, false);
    }

    /**
     * The edge for each positive curvature, steepest first (so smallest lr first): the learning
     * rate above which that eigen-direction of the error grows, see
     * {@link #edgeLr(double, double, double, boolean)}.
     */
    public double[] edges(double momentum, double dampening, boolean nesterov) {
        double steep = edgeLr(largest, momentum, dampening, nesterov);
        return smallest > 0 ? new double[] {steep, edgeLr(smallest, momentum, dampening, nesterov)}
                : new double[] {steep};
    }

    /**
     * The largest stable learning rate along a direction of curvature {@code lambda > 0}:
     * {@code 2 (1 + beta) / ((1 - tau) lambda)} with heavy-ball momentum beta and dampening tau
     * ({@code 2 / lambda} without momentum), {@code 2 (1 + beta) / ((1 + 2 beta) lambda)} with
     * Nesterov momentum; infinite when tau = 1 (the momentum buffer then never sees a new
     * gradient).
     */
    public static double edgeLr(double lambda, double momentum, double dampening, boolean nesterov) {
        if (momentum == 0) {
            return 2 / lambda;
        }
        return nesterov ? 2 * (1 + momentum) / ((1 + 2 * momentum) * lambda)
                : 2 * (1 + momentum) / ((1 - dampening) * lambda);
    }
}
