package org.downhill.landscape;

import static java.util.Map.entry;

import java.util.Map;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.downhill.param.ParamSet;

/**
 * Every family's formula once more, written independently in Commons Math's
 * {@link DerivativeStructure} arithmetic, which carries exact first and second derivatives.
 */
final class DerivativeStructureFormulas {

    /** f(x, y) for given parameter values. */
    interface Formula {
        DerivativeStructure apply(DerivativeStructure x, DerivativeStructure y, ParamSet p);
    }

    private static final double PI = Math.PI;

    static final Map<String, Formula> BY_ID = Map.ofEntries(
            entry("quadratic", (x, y, p) ->
                    x.pow(2).multiply(p.real("a")).add(y.pow(2).multiply(p.real("b"))).multiply(0.5)),
            entry("rotated_quadratic", (x, y, p) -> x.pow(2).multiply(p.real("a11"))
                    .add(x.multiply(y).multiply(2 * p.real("a12")))
                    .add(y.pow(2).multiply(p.real("a22"))).multiply(0.5)),
            entry("bowl", DerivativeStructureFormulas::bowl),
            entry("booth", (x, y, p) -> x.add(y.multiply(2)).subtract(7).pow(2)
                    .add(x.multiply(2).add(y).subtract(5).pow(2))),
            entry("matyas", (x, y, p) -> x.pow(2).add(y.pow(2)).multiply(0.26).subtract(x.multiply(y).multiply(0.48))),
            entry("saddle", (x, y, p) -> x.pow(2).subtract(y.pow(2))),
            entry("monkey_saddle", (x, y, p) -> x.pow(3).subtract(x.multiply(y.pow(2)).multiply(3))),
            entry("rosenbrock", (x, y, p) -> x.negate().add(p.real("a")).pow(2)
                    .add(y.subtract(x.pow(2)).pow(2).multiply(p.real("b")))),
            entry("beale", (x, y, p) -> x.negate().add(1.5).add(x.multiply(y)).pow(2)
                    .add(x.negate().add(2.25).add(x.multiply(y.pow(2))).pow(2))
                    .add(x.negate().add(2.625).add(x.multiply(y.pow(3))).pow(2))),
            entry("himmelblau", (x, y, p) -> x.pow(2).add(y).subtract(11).pow(2)
                    .add(x.add(y.pow(2)).subtract(7).pow(2))),
            entry("six_hump_camel", (x, y, p) -> x.pow(2).multiply(-2.1).add(4).add(x.pow(4).divide(3))
                    .multiply(x.pow(2)).add(x.multiply(y))
                    .add(y.pow(2).multiply(4).subtract(4).multiply(y.pow(2)))),
            entry("styblinski_tang", (x, y, p) -> x.pow(4).subtract(x.pow(2).multiply(16)).add(x.multiply(5))
                    .add(y.pow(4).subtract(y.pow(2).multiply(16)).add(y.multiply(5))).multiply(0.5)),
            entry("multi_well", DerivativeStructureFormulas::multiWell),
            entry("rastrigin", (x, y, p) -> {
                double a = p.real("A");
                return x.pow(2).subtract(x.multiply(2 * PI).cos().multiply(a))
                        .add(y.pow(2).subtract(y.multiply(2 * PI).cos().multiply(a))).add(2 * a);
            }),
            entry("ackley", (x, y, p) -> x.pow(2).add(y.pow(2)).multiply(0.5).sqrt().multiply(-0.2).exp().multiply(-20)
                    .subtract(x.multiply(2 * PI).cos().add(y.multiply(2 * PI).cos()).multiply(0.5).exp())
                    .add(Math.E + 20)),
            entry("goldstein_price", (x, y, p) -> {
                DerivativeStructure quadratic1 = x.multiply(-14).add(19).add(x.pow(2).multiply(3))
                        .subtract(y.multiply(14)).add(x.multiply(y).multiply(6)).add(y.pow(2).multiply(3));
                DerivativeStructure quadratic2 = x.multiply(-32).add(18).add(x.pow(2).multiply(12))
                        .add(y.multiply(48)).subtract(x.multiply(y).multiply(36)).add(y.pow(2).multiply(27));
                DerivativeStructure first = x.add(y).add(1).pow(2).multiply(quadratic1).add(1);
                DerivativeStructure second = x.multiply(2).subtract(y.multiply(3)).pow(2).multiply(quadratic2).add(30);
                return first.multiply(second);
            }));

    private DerivativeStructureFormulas() {
    }

    /** 0.5*L*(u^2 + v^2/kappa) in the coordinates (u, v) of the bowl's axes. */
    private static DerivativeStructure bowl(DerivativeStructure x, DerivativeStructure y, ParamSet p) {
        double theta = Math.toRadians(p.real("angle"));
        DerivativeStructure u = x.multiply(Math.cos(theta)).add(y.multiply(Math.sin(theta)));
        DerivativeStructure v = y.multiply(Math.cos(theta)).subtract(x.multiply(Math.sin(theta)));
        return u.pow(2).add(v.pow(2).divide(p.real("condition"))).multiply(0.5 * p.real("curvature"));
    }

    private static DerivativeStructure multiWell(DerivativeStructure x, DerivativeStructure y, ParamSet p) {
        DerivativeStructure f = x.pow(2).add(y.pow(2)).multiply(p.real("bowl"));
        for (int i = 1; i <= 3; i++) {
            String well = "well" + i + "_";
            double width = p.real(well + "width");
            DerivativeStructure r2 = x.subtract(p.real(well + "x")).pow(2).add(y.subtract(p.real(well + "y")).pow(2));
            f = f.subtract(r2.divide(-2 * width * width).exp().multiply(p.real(well + "depth")));
        }
        return f;
    }

    /** The formula of a landscape at a point, with first and second derivatives. */
    static DerivativeStructure evaluate(Landscape landscape, double x, double y) {
        Formula formula = BY_ID.get(landscape.family().id());
        if (formula == null) {
            throw new AssertionError("no DerivativeStructure formula for " + landscape.family().id());
        }
        return formula.apply(new DerivativeStructure(2, 2, 0, x), new DerivativeStructure(2, 2, 1, y),
                landscape.params());
    }
}
