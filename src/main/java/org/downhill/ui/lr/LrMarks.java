package org.downhill.ui.lr;

import java.util.ArrayList;
import java.util.List;
import org.downhill.diagnose.Stability;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.NumberText;
import org.downhill.rangetest.Suggestions;
import org.downhill.sim.Trajectory;

/** The marks of the strip: the curvature limits of a run and the suggestions of a range test. */
public final class LrMarks {
    private LrMarks() {
    }

    /**
     * The limits of a run from {@link Stability#forRun}: with L the largest curvature (Hessian
     * eigenvalue, plus L2 weight decay) at the minimum the run heads for, {@code 1/L} (above it
     * plain gradient descent overshoots) and {@code 2/L} (above it it diverges); for SGD with
     * momentum beta > 0 also its edge {@link Stability#edgeLr(double, double, double, boolean)}:
     * {@code 2(1+beta)/L} for heavy-ball momentum, with dampening tau
     * {@code 2(1+beta)/((1-tau)L)}, with Nesterov {@code 2(1+beta)/((1+2beta)L)} (none if
     * infinite). Empty where L is unknown.
     */
    public static List<LrMark> theory(Trajectory run) {
        return Stability.forRun(run).map(s -> theory(s, run.plan().latestSettings().optimizer()))
                .orElse(List.of());
    }

    /** The limits for curvatures {@code s} and an optimizer, see {@link #theory(Trajectory)}. */
    static List<LrMark> theory(Stability s, OptimizerSpec optimizer) {
        String l = "L = " + NumberText.short3(s.largest());
        List<LrMark> marks = new ArrayList<>();
        marks.add(new LrMark("1/L", s.overshootLr(), "1/L = " + NumberText.short3(s.overshootLr())
                + ": above it plain gradient descent overshoots along the steepest direction (" + l + ")",
                LrMark.Kind.THEORY));
        marks.add(new LrMark("2/L", s.edgeLr(), "2/L = " + NumberText.short3(s.edgeLr())
                + ": above it plain gradient descent diverges (" + l + ")", LrMark.Kind.THEORY));
        if (optimizer.kind() == OptimizerKind.SGD) {
            double beta = optimizer.hyper().real("momentum");
            double tau = optimizer.hyper().real("dampening");
            boolean nesterov = optimizer.hyper().flag("nesterov");
            double edge = Stability.edgeLr(s.largest(), beta, tau, nesterov);
            if (beta > 0 && Double.isFinite(edge)) {
                String label = nesterov ? "2(1+β)/((1+2β)L)" : tau > 0 ? "2(1+β)/((1−τ)L)" : "2(1+β)/L";
                marks.add(new LrMark(label, edge, label + " = " + NumberText.short3(edge) + ": above it SGD with "
                        + (nesterov ? "Nesterov " : "") + "momentum β = " + NumberText.short3(beta)
                        + " diverges (" + l + ")", LrMark.Kind.THEORY));
            }
        }
        return List.copyOf(marks);
    }

    /** A range test's suggestions that exist, each with the rule that picked it. */
    public static List<LrMark> suggestions(Suggestions s) {
        List<LrMark> marks = new ArrayList<>();
        s.steepest().ifPresent(v -> marks.add(new LrMark("steepest", v, "steepest = " + NumberText.short3(v)
                + ": where the smoothed loss fell fastest", LrMark.Kind.SUGGESTION)));
        s.minimumDiv10().ifPresent(v -> marks.add(new LrMark("min/10", v, "min/10 = " + NumberText.short3(v)
                + ": a tenth of the rate at the lowest smoothed loss", LrMark.Kind.SUGGESTION)));
        s.valley().ifPresent(v -> marks.add(new LrMark("valley", v, "valley = " + NumberText.short3(v)
                + ": part way down the longest stretch of falling loss (fastai)", LrMark.Kind.SUGGESTION)));
        s.seedPick().ifPresent(v -> marks.add(new LrMark("level below rise", v, "level below rise = "
                + NumberText.short3(v) + ": one level below the first level whose loss rose", LrMark.Kind.SUGGESTION)));
        return List.copyOf(marks);
    }
}
