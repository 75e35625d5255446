package org.downhill.diagnose;

import java.util.List;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Formula;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Window;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.ParamSet;
import org.downhill.sim.Edit;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Trajectory;

/**
 * A run of gradient descent (with any momentum) on a quadratic, replayed in the coordinates of the
 * error along the Hessian's eigen-directions: {@code e = V^T (p - p*)}. There the gradient is
 * {@code diag(lambda) e} exactly and each component evolves on its own, at full relative precision
 * down to 1e-308, whereas in the plane's coordinates a component is lost in rounding once it is
 * 1e-16 of p* or of the other component. The replay uses the same plan (edits, schedules, with
 * the loss of the corresponding point for loss-driven ones) with L2 weight decay folded into the
 * curvatures. SGD is rotation-invariant, so the replay is the same run seen in other coordinates;
 * adaptive optimizers are not, and get no shadow. On a line of minima SGD never moves along the
 * flat direction, and the attractor is the point of the line the run moves to, so the flat
 * component of the error is zero. A component of the start within rounding of the eigenvectors
 * (a start exactly on one eigen-direction) is zero too.
 */
final class EigenShadow {
    private EigenShadow() {
    }

    /**
     * The replay of a run in eigen-coordinates (x = steep component, y = shallow one), or
     * {@code null} when it does not apply: a landscape that is not quadratic, gradient noise or
     * mini-batches of data, an optimizer other than SGD, or a run cut short by the stop rule.
     *
     * @param replays where to simulate the replay
     */
    static Trajectory of(Trajectory t, Attractor a, ReplayBuffer replays) {
        RunPlan plan = t.plan();
        Landscape f = plan.spec().landscape();
        if (!f.isQuadratic() || t.termination().diverged() || RunShape.stochastic(t)
                || !applies(plan.spec().settings()) || !plan.edits().stream().allMatch(e -> applies(e.settings()))) {
            return null;
        }
        SymmetricEigen eigen = a.eigen();
        Landscape shadow = new EigenQuadratic(f, a);
        double dx = plan.spec().startX() - a.x();
        double dy = plan.spec().startY() - a.y();
        double rounding = ErrorComponents.MIXING * Math.hypot(dx, dy);
        double steep = eigen.alongLarge(dx, dy);
        double shallow = eigen.alongSmall(dx, dy);
        RunSpec spec = new RunSpec(shadow, Math.abs(steep) > rounding ? steep : 0,
                Math.abs(shallow) > rounding && !a.onLineOfMinima() ? shallow : 0, t.lastStep(),
                withoutDecay(plan.spec().settings()));
        List<Edit> edits = plan.edits().stream().map(e -> new Edit(e.step(), withoutDecay(e.settings()))).toList();
        return replays.replay(new RunPlan(spec, edits));
    }

    private static boolean applies(Settings s) {
        return s.optimizer().kind() == OptimizerKind.SGD;
    }

    private static Settings withoutDecay(Settings s) {
        if (s.optimizer().hyper().real("weight_decay") == 0) {
            return s;
        }
        return s.withOptimizer(new OptimizerSpec(OptimizerKind.SGD, s.optimizer().hyper().with("weight_decay", 0.0)));
    }

    /**
     * {@code lambda_large e_x^2 / 2 + lambda_small e_y^2 / 2} in gradient and Hessian; its value is
     * the landscape's own at the corresponding point, so loss-driven schedules decide as in the run.
     */
    private record EigenQuadratic(Landscape f, Attractor a) implements Landscape {

        @Override
        public LandscapeFamily family() {
            return f.family();
        }

        @Override
        public ParamSet params() {
            return f.params();
        }

        @Override
        public Formula formula() {
            return f.formula();
        }

        @Override
        public double value(double x, double y) {
            SymmetricEigen e = a.eigen();
            return f.value(a.x() + e.largeX() * x - e.largeY() * y, a.y() + e.largeY() * x + e.largeX() * y);
        }

        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = a.eigen().large() * x;
            out[1] = a.eigen().small() * y;
        }

        @Override
        public void hessian(double x, double y, double[] out) {
            out[0] = a.eigen().large();
            out[1] = 0;
            out[2] = a.eigen().small();
        }

        @Override
        public Window defaultWindow() {
            return f.defaultWindow();
        }

        @Override
        public List<CriticalPoint> criticalPoints() {
            return List.of();
        }

        @Override
        public ColorScaling suggestedScaling() {
            return f.suggestedScaling();
        }

        @Override
        public boolean isQuadratic() {
            return true;
        }
    }
}
