package org.downhill.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;

/** Runs for the claim tests: plain SGD on the quadratic 0.5*(x^2 + 10*y^2) from (-2.5, 2). */
final class TestRuns {
    static final Landscape QUADRATIC = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));
    static final double X0 = -2.5;
    static final double Y0 = 2;

    private TestRuns() {
    }

    /** SGD with a constant rate from (X0, Y0). */
    static RunPlan sgd(double lr, int steps) {
        return plan(QUADRATIC, X0, Y0, steps, OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr)));
    }

    static RunPlan plan(Landscape f, double x, double y, int steps, OptimizerSpec optimizer) {
        return RunPlan.of(new RunSpec(f, x, y, steps, Settings.of(optimizer)));
    }

    /** Measurements on named plans ("name", plan, "name", plan, ...) over the landscape's default window. */
    static Measurements measure(Object... namesAndPlans) {
        List<Runs.Named> runs = new ArrayList<>();
        for (int i = 0; i < namesAndPlans.length; i += 2) {
            runs.add(new Runs.Named((String) namesAndPlans[i], (RunPlan) namesAndPlans[i + 1]));
        }
        Landscape f = ((RunPlan) namesAndPlans[1]).spec().landscape();
        return new Measurements(new Runs(f, f.defaultWindow(), runs));
    }

    /** The value of a number expression on the measurements. */
    static double value(Measurements m, String expression) {
        return ExprParser.number(expression).value(m);
    }

    /** The loss of SGD on the quadratic after k updates, in closed form: x_k = x0*(1 - lr)^k, y_k = y0*(1 - 10*lr)^k. */
    static double analyticLoss(double lr, int k) {
        double x = X0 * Math.pow(1 - lr, k);
        double y = Y0 * Math.pow(1 - 10 * lr, k);
        return 0.5 * (x * x + 10 * y * y);
    }
}
