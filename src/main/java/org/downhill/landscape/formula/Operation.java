package org.downhill.landscape.formula;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a formula can compute: the operators, the functions and the square (which the compiler
 * uses for {@code a^2}), each with its value f(a) or f(a, b) and its exact first and second
 * partial derivatives, the local rules of forward-mode automatic differentiation.
 *
 * <p>{@link #partials} writes, for operands a and b and the value v = f(a, b):
 * <pre>
 *   p[0] = df/da,  p[1] = df/db,  p[2] = d2f/da2,  p[3] = d2f/dadb,  p[4] = d2f/db2
 * </pre>
 * A function of one argument leaves {@code p[1] = p[3] = p[4] = 0}. The rules are the textbook
 * ones (e.g. tan: 1 + tan^2 and 2 tan (1 + tan^2); a^b: b a^(b-1), a^b ln a, ...); where a
 * derivative does not exist they give what the formula gives (sqrt at 0: infinity; abs at 0:
 * the sign of the zero, as Commons Math's {@code DerivativeStructure.abs} does; min and max: the
 * argument chosen, the first one on a tie).
 */
public enum Operation {
    /** -a. */
    NEGATE(null, 1) {
        @Override
        double value(double a, double b) {
            return -a;
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, -1, 0);
        }
    },
    /** a + b. */
    ADD(null, 2) {
        @Override
        double value(double a, double b) {
            return a + b;
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            binary(p, 1, 1, 0, 0, 0);
        }
    },
    /** a - b. */
    SUBTRACT(null, 2) {
        @Override
        double value(double a, double b) {
            return a - b;
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            binary(p, 1, -1, 0, 0, 0);
        }
    },
    /** a * b. */
    MULTIPLY(null, 2) {
        @Override
        double value(double a, double b) {
            return a * b;
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            binary(p, b, a, 0, 1, 0);
        }
    },
    /** a / b. */
    DIVIDE(null, 2) {
        @Override
        double value(double a, double b) {
            return a / b;
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double inverse = 1 / b;
            binary(p, inverse, -v * inverse, 0, -inverse * inverse, 2 * v * inverse * inverse);
        }
    },
    /** a^b, also {@code pow(a, b)}: Java's {@code Math.pow}, so a negative a works with a whole b. */
    POWER("pow", 2) {
        @Override
        double value(double a, double b) {
            return Math.pow(a, b);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double below = Math.pow(a, b - 1);
            double log = Math.log(a);
            binary(p, b * below, v * log, b * (b - 1) * Math.pow(a, b - 2), below * (1 + b * log), v * log * log);
        }
    },
    /** a*a, for a^2 (exact, and faster than {@code Math.pow}). */
    SQUARE(null, 1) {
        @Override
        double value(double a, double b) {
            return a * a;
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, 2 * a, 2);
        }
    },
    /** sin a. */
    SIN("sin", 1) {
        @Override
        double value(double a, double b) {
            return Math.sin(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, Math.cos(a), -v);
        }
    },
    /** cos a. */
    COS("cos", 1) {
        @Override
        double value(double a, double b) {
            return Math.cos(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, -Math.sin(a), -v);
        }
    },
    /** tan a. */
    TAN("tan", 1) {
        @Override
        double value(double a, double b) {
            return Math.tan(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = 1 + v * v;
            unary(p, slope, 2 * v * slope);
        }
    },
    /** asin a, in [-pi/2, pi/2]. */
    ASIN("asin", 1) {
        @Override
        double value(double a, double b) {
            return Math.asin(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = 1 / Math.sqrt(1 - a * a);
            unary(p, slope, a * slope * slope * slope);
        }
    },
    /** acos a, in [0, pi]. */
    ACOS("acos", 1) {
        @Override
        double value(double a, double b) {
            return Math.acos(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = -1 / Math.sqrt(1 - a * a);
            unary(p, slope, a * slope * slope * slope);
        }
    },
    /** atan a, in (-pi/2, pi/2). */
    ATAN("atan", 1) {
        @Override
        double value(double a, double b) {
            return Math.atan(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = 1 / (1 + a * a);
            unary(p, slope, -2 * a * slope * slope);
        }
    },
    /** sinh a. */
    SINH("sinh", 1) {
        @Override
        double value(double a, double b) {
            return Math.sinh(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, Math.cosh(a), v);
        }
    },
    /** cosh a. */
    COSH("cosh", 1) {
        @Override
        double value(double a, double b) {
            return Math.cosh(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, Math.sinh(a), v);
        }
    },
    /** tanh a. */
    TANH("tanh", 1) {
        @Override
        double value(double a, double b) {
            return Math.tanh(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = 1 - v * v;
            unary(p, slope, -2 * v * slope);
        }
    },
    /** e^a. */
    EXP("exp", 1) {
        @Override
        double value(double a, double b) {
            return Math.exp(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, v, v);
        }
    },
    /** The natural logarithm ln a (NaN below 0). */
    LOG("log", 1) {
        @Override
        double value(double a, double b) {
            return Math.log(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = 1 / a;
            unary(p, slope, -slope * slope);
        }
    },
    /** The decimal logarithm. */
    LOG10("log10", 1) {
        @Override
        double value(double a, double b) {
            return Math.log10(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double slope = 1 / (a * LN_10);
            unary(p, slope, -slope / a);
        }
    },
    /** The square root (NaN below 0). */
    SQRT("sqrt", 1) {
        @Override
        double value(double a, double b) {
            return Math.sqrt(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, 0.5 / v, -0.25 / (v * v * v));
        }
    },
    /** The cube root, defined for every a. */
    CBRT("cbrt", 1) {
        @Override
        double value(double a, double b) {
            return Math.cbrt(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double v2 = v * v;
            unary(p, 1 / (3 * v2), -2 / (9 * v2 * v2 * v));
        }
    },
    /** |a|. */
    ABS("abs", 1) {
        @Override
        double value(double a, double b) {
            return Math.abs(a);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            unary(p, Math.copySign(1, a), 0);
        }
    },
    /** The smaller of a and b. */
    MIN("min", 2) {
        @Override
        double value(double a, double b) {
            return Math.min(a, b);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double first = a <= b ? 1 : 0;
            binary(p, first, 1 - first, 0, 0, 0);
        }
    },
    /** The larger of a and b. */
    MAX("max", 2) {
        @Override
        double value(double a, double b) {
            return Math.max(a, b);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double first = a >= b ? 1 : 0;
            binary(p, first, 1 - first, 0, 0, 0);
        }
    },
    /** The angle of the point (b, a), atan2(a, b), in (-pi, pi]. */
    ATAN2("atan2", 2) {
        @Override
        double value(double a, double b) {
            return Math.atan2(a, b);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double r2 = a * a + b * b;
            double r4 = r2 * r2;
            binary(p, b / r2, -a / r2, -2 * a * b / r4, (a * a - b * b) / r4, 2 * a * b / r4);
        }
    },
    /** sqrt(a^2 + b^2) without overflow. */
    HYPOT("hypot", 2) {
        @Override
        double value(double a, double b) {
            return Math.hypot(a, b);
        }

        @Override
        void partials(double a, double b, double v, double[] p) {
            double v3 = v * v * v;
            binary(p, a / v, b / v, b * b / v3, -a * b / v3, a * a / v3);
        }
    };

    private static final double LN_10 = Math.log(10);
    private static final Map<String, Operation> FUNCTIONS = Arrays.stream(values())
            .filter(o -> o.functionName != null)
            .collect(Collectors.toUnmodifiableMap(o -> o.functionName, Function.identity()));

    private final String functionName;
    private final int arity;

    Operation(String functionName, int arity) {
        this.functionName = functionName;
        this.arity = arity;
    }

    /** The name it is called by in a formula, e.g. {@code sin}; null for the operators and the square. */
    public String functionName() {
        return functionName;
    }

    /** The number of arguments, 1 or 2. */
    public int arity() {
        return arity;
    }

    /**
     * Whether the operation picks one of its arguments (min, max): its derivatives are then those of
     * the argument picked, whatever the other's are (an infinite one included).
     */
    boolean picks() {
        return this == MIN || this == MAX;
    }

    /** The function called {@code name}, or null if there is none. */
    static Operation function(String name) {
        return FUNCTIONS.get(name);
    }

    /** The names of the functions, sorted, for messages and documentation. */
    public static List<String> functionNames() {
        return FUNCTIONS.keySet().stream().sorted().toList();
    }

    /** f(a, b) (b is ignored by a function of one argument). */
    abstract double value(double a, double b);

    /**
     * The partial derivatives at (a, b), see the class comment.
     *
     * @param v f(a, b), which several rules reuse
     * @param p receives the five partial derivatives
     */
    abstract void partials(double a, double b, double v, double[] p);

    private static void unary(double[] p, double slope, double curvature) {
        p[0] = slope;
        p[1] = 0;
        p[2] = curvature;
        p[3] = 0;
        p[4] = 0;
    }

    private static void binary(double[] p, double da, double db, double daa, double dab, double dbb) {
        p[0] = da;
        p[1] = db;
        p[2] = daa;
        p[3] = dab;
        p[4] = dbb;
    }
}
