package org.downhill.landscape.formula;

import java.util.Map;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Evaluates a formula's tree in Commons Math's {@link DerivativeStructure} arithmetic, which
 * carries exact first and second partial derivatives in x and y: the reference the compiled
 * {@link Program} is checked against. It follows the tree as parsed (no folding), so it is an
 * independent evaluation. A power with an exponent free of x and y uses {@code pow(int)} for a
 * whole exponent and {@code pow(double)} otherwise, a constant base with a variable exponent
 * {@code DerivativeStructure.pow(double, DerivativeStructure)}, as a person would write it.
 */
final class DerivativeStructureEvaluator {
    private final Map<String, Double> parameters;
    private final DerivativeStructure x;
    private final DerivativeStructure y;

    private DerivativeStructureEvaluator(Map<String, Double> parameters, double x, double y) {
        this.parameters = parameters;
        this.x = new DerivativeStructure(2, 2, 0, x);
        this.y = new DerivativeStructure(2, 2, 1, y);
    }

    /** f with its derivatives up to order 2 at (x, y). */
    static DerivativeStructure evaluate(Expression e, Map<String, Double> parameters, double x, double y) {
        return new DerivativeStructureEvaluator(parameters, x, y).of(e.root());
    }

    private DerivativeStructure of(Node node) {
        if (node instanceof Node.Number n) {
            return constant(n.value());
        }
        if (node instanceof Node.Variable v) {
            return v.index() == 0 ? x : y;
        }
        if (node instanceof Node.Parameter p) {
            return constant(parameters.get(p.name()));
        }
        Node.Apply apply = (Node.Apply) node;
        if (apply.operation() == Operation.POWER) {
            return power(apply.arguments().get(0), apply.arguments().get(1));
        }
        DerivativeStructure a = of(apply.arguments().get(0));
        DerivativeStructure b = apply.arguments().size() > 1 ? of(apply.arguments().get(1)) : null;
        return switch (apply.operation()) {
            case NEGATE -> a.negate();
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case DIVIDE -> a.divide(b);
            case SQUARE -> a.multiply(a);
            case SIN -> a.sin();
            case COS -> a.cos();
            case TAN -> a.tan();
            case ASIN -> a.asin();
            case ACOS -> a.acos();
            case ATAN -> a.atan();
            case SINH -> a.sinh();
            case COSH -> a.cosh();
            case TANH -> a.tanh();
            case EXP -> a.exp();
            case LOG -> a.log();
            case LOG10 -> a.log10();
            case SQRT -> a.sqrt();
            case CBRT -> a.cbrt();
            case ABS -> a.abs();
            case MIN -> undefined(a, b) ? a.add(b) : a.getValue() <= b.getValue() ? a : b;
            case MAX -> undefined(a, b) ? a.add(b) : a.getValue() >= b.getValue() ? a : b;
            case ATAN2 -> DerivativeStructure.atan2(a, b);
            case HYPOT -> DerivativeStructure.hypot(a, b);
            case POWER -> throw new AssertionError("handled above");
        };
    }

    private DerivativeStructure power(Node base, Node exponent) {
        if (!dependsOnXOrY(exponent)) {
            double n = of(exponent).getValue();
            return n == Math.rint(n) && Math.abs(n) < 1e9 ? of(base).pow((int) n) : of(base).pow(n);
        }
        if (!dependsOnXOrY(base)) {
            return DerivativeStructure.pow(of(base).getValue(), of(exponent));
        }
        return of(base).pow(of(exponent));
    }

    /** Whether a or b is NaN: then min and max are NaN too ({@code a + b} carries it), as Java's are. */
    private static boolean undefined(DerivativeStructure a, DerivativeStructure b) {
        return Double.isNaN(a.getValue()) || Double.isNaN(b.getValue());
    }

    private static boolean dependsOnXOrY(Node node) {
        if (node instanceof Node.Variable) {
            return true;
        }
        return node instanceof Node.Apply apply && apply.arguments().stream().anyMatch(
                DerivativeStructureEvaluator::dependsOnXOrY);
    }

    private static DerivativeStructure constant(double value) {
        return new DerivativeStructure(2, 2, value);
    }
}
