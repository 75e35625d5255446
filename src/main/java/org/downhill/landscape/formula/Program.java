package org.downhill.landscape.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A formula compiled for its parameter values: a flat list of instructions over a register file,
 * run in a loop, in three modes of forward-mode automatic differentiation.
 *
 * <p>Compiling binds the parameters, folds every part that does not depend on x or y into a
 * number and rewrites {@code a^0} as 1, {@code a^1} as a and {@code a^2} as {@code a*a}. Each
 * remaining operation becomes one instruction {@code r[d] = op(A, B)}, whose operands A and B are
 * registers (x and y are registers 0 and 1, the rest a stack of intermediate results) or
 * constants. {@link #value} runs the instructions on numbers, {@link #values} on rows of numbers
 * (a row of a grid at once); {@link #gradient} on triples
 * (v, dv/dx, dv/dy) and {@link #hessian} on sextuples (v, dv/dx, dv/dy, d2v/dx2, d2v/dxdy,
 * d2v/dy2), combining each operation's local partial derivatives ({@link Operation#partials})
 * with the chain rule:
 * <pre>
 *   dv/dx     = fa ax + fb bx
 *   d2v/dxdy  = fa axy + fb bxy + faa ax ay + fab (ax by + ay bx) + fbb bx by
 * </pre>
 * (ax = dA/dx and so on; a constant operand contributes nothing). The results are exact up to
 * rounding, the same numbers Commons Math's {@code DerivativeStructure} computes (the tests check
 * them against it). Immutable and thread-safe: each thread evaluates in a register file of its own.
 */
public final class Program {
    private static final int GENERIC = 0;
    private static final int ADD = 1;
    private static final int SUBTRACT = 2;
    private static final int MULTIPLY = 3;
    private static final int DIVIDE = 4;
    private static final int NEGATE = 5;
    private static final int SQUARE = 6;
    /** The operand code of the constant 0, the second operand of one-argument operations. */
    private static final int NONE = ~0;
    private static final int INFINITE_DEGREE = 1 << 20;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final Operation[] operations;
    /** The operations as codes for the evaluation loops' switches: the arithmetic ones, or GENERIC. */
    private final int[] codes;
    private final int[] target;
    /** Operand codes: a register index if >= 0, else the index ~code of a constant. */
    private final int[] first;
    private final int[] second;
    private final double[] constants;
    private final int registers;
    private final int result;
    private final boolean quadratic;

    private Program(Emitter e, int result, boolean quadratic) {
        int n = e.operations.size();
        this.operations = e.operations.toArray(new Operation[0]);
        this.codes = new int[n];
        this.target = new int[n];
        this.first = new int[n];
        this.second = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = code(operations[i]);
            target[i] = e.codes.get(3 * i);
            first[i] = e.codes.get(3 * i + 1);
            second[i] = e.codes.get(3 * i + 2);
        }
        this.constants = e.constants.stream().mapToDouble(Double::doubleValue).toArray();
        this.registers = e.registers;
        this.result = result;
        this.quadratic = quadratic;
    }

    /** The code the evaluation loops switch on for an operation. */
    private static int code(Operation op) {
        return switch (op) {
            case ADD -> ADD;
            case SUBTRACT -> SUBTRACT;
            case MULTIPLY -> MULTIPLY;
            case DIVIDE -> DIVIDE;
            case NEGATE -> NEGATE;
            case SQUARE -> SQUARE;
            default -> GENERIC;
        };
    }

    /** Compiles a tree for the given parameter values (see the class comment). */
    static Program compile(Node root, Map<String, Double> values) {
        Node folded = fold(root, values);
        Emitter emitter = new Emitter();
        int result = emitter.emit(folded, 0);
        return new Program(emitter, result, degree(folded) <= 2);
    }

    /** The number of instructions run per evaluation. */
    public int length() {
        return operations.length;
    }

    /** Whether f is a polynomial of degree at most 2 in x and y, so that its Hessian is constant. */
    public boolean isQuadratic() {
        return quadratic;
    }

    /** f(x, y). */
    public double value(double x, double y) {
        double[] r = SCRATCH.get().registers(registers);
        double[] k = constants;
        r[0] = x;
        r[1] = y;
        for (int i = 0; i < codes.length; i++) {
            int a = first[i];
            int b = second[i];
            double av = a >= 0 ? r[a] : k[~a];
            double bv = b >= 0 ? r[b] : k[~b];
            r[target[i]] = switch (codes[i]) {
                case ADD -> av + bv;
                case SUBTRACT -> av - bv;
                case MULTIPLY -> av * bv;
                case DIVIDE -> av / bv;
                case NEGATE -> -av;
                case SQUARE -> av * av;
                default -> operations[i].value(av, bv);
            };
        }
        return result >= 0 ? r[result] : k[~result];
    }

    /**
     * f along a row: {@code out[offset + i] = value(xs[i], y)}, the same numbers, computed one
     * instruction at a time for the whole row (each register a row of numbers, each constant too),
     * so that the loop over the instructions is paid once per row, not once per point.
     */
    public void values(double[] xs, double y, double[] out, int offset) {
        int n = xs.length;
        if (result < 0) {
            Arrays.fill(out, offset, offset + n, constants[~result]);
            return;
        }
        double[] r = SCRATCH.get().registers((registers + constants.length) * n);
        System.arraycopy(xs, 0, r, 0, n);
        Arrays.fill(r, n, 2 * n, y);
        for (int c = 0; c < constants.length; c++) {
            Arrays.fill(r, (registers + c) * n, (registers + c + 1) * n, constants[c]);
        }
        for (int i = 0; i < codes.length; i++) {
            int a = row(first[i]) * n;
            int b = row(second[i]) * n;
            int d = target[i] * n;
            switch (codes[i]) {
                case ADD -> {
                    for (int j = 0; j < n; j++) {
                        r[d + j] = r[a + j] + r[b + j];
                    }
                }
                case SUBTRACT -> {
                    for (int j = 0; j < n; j++) {
                        r[d + j] = r[a + j] - r[b + j];
                    }
                }
                case MULTIPLY -> {
                    for (int j = 0; j < n; j++) {
                        r[d + j] = r[a + j] * r[b + j];
                    }
                }
                case DIVIDE -> {
                    for (int j = 0; j < n; j++) {
                        r[d + j] = r[a + j] / r[b + j];
                    }
                }
                case NEGATE -> {
                    for (int j = 0; j < n; j++) {
                        r[d + j] = -r[a + j];
                    }
                }
                case SQUARE -> {
                    for (int j = 0; j < n; j++) {
                        r[d + j] = r[a + j] * r[a + j];
                    }
                }
                default -> {
                    Operation op = operations[i];
                    for (int j = 0; j < n; j++) {
                        r[d + j] = op.value(r[a + j], r[b + j]);
                    }
                }
            }
        }
        System.arraycopy(r, result * n, out, offset, n);
    }

    /** The row of the register file that holds an operand in {@link #values}: constants follow the registers. */
    private int row(int operand) {
        return operand >= 0 ? operand : registers + ~operand;
    }

    /**
     * The gradient at (x, y). The arithmetic operations are inlined; the functions go through
     * {@link Operation#partials}.
     *
     * @param out receives df/dx and df/dy
     * @return f(x, y)
     */
    public double gradient(double x, double y, double[] out) {
        Scratch scratch = SCRATCH.get();
        double[] r = scratch.registers(3 * registers);
        double[] p = scratch.partials;
        double[] k = constants;
        r[0] = x;
        r[1] = 1;
        r[2] = 0;
        r[3] = y;
        r[4] = 0;
        r[5] = 1;
        for (int i = 0; i < codes.length; i++) {
            int a = first[i];
            int b = second[i];
            double av;
            double ax = 0;
            double ay = 0;
            if (a >= 0) {
                av = r[3 * a];
                ax = r[3 * a + 1];
                ay = r[3 * a + 2];
            } else {
                av = k[~a];
            }
            double bv;
            double bx = 0;
            double by = 0;
            if (b >= 0) {
                bv = r[3 * b];
                bx = r[3 * b + 1];
                by = r[3 * b + 2];
            } else {
                bv = k[~b];
            }
            double v;
            double fa;
            double fb;
            switch (codes[i]) {
                case ADD -> {
                    v = av + bv;
                    fa = 1;
                    fb = 1;
                }
                case SUBTRACT -> {
                    v = av - bv;
                    fa = 1;
                    fb = -1;
                }
                case MULTIPLY -> {
                    v = av * bv;
                    fa = bv;
                    fb = av;
                }
                case DIVIDE -> {
                    v = av / bv;
                    fa = 1 / bv;
                    fb = -v / bv;
                }
                case NEGATE -> {
                    v = -av;
                    fa = -1;
                    fb = 0;
                }
                case SQUARE -> {
                    v = av * av;
                    fa = 2 * av;
                    fb = 0;
                }
                default -> {
                    Operation op = operations[i];
                    v = op.value(av, bv);
                    op.partials(av, bv, v, p);
                    fa = p[0];
                    fb = p[1];
                    if (op.picks()) {
                        a = fa == 0 ? NONE : a;
                        b = fb == 0 ? NONE : b;
                    }
                }
            }
            int d = 3 * target[i];
            r[d] = v;
            if (a >= 0 && b >= 0) {
                r[d + 1] = fa * ax + fb * bx;
                r[d + 2] = fa * ay + fb * by;
            } else if (a >= 0) {
                r[d + 1] = fa * ax;
                r[d + 2] = fa * ay;
            } else if (b >= 0) {
                r[d + 1] = fb * bx;
                r[d + 2] = fb * by;
            } else {
                r[d + 1] = 0;
                r[d + 2] = 0;
            }
        }
        if (result >= 0) {
            out[0] = r[3 * result + 1];
            out[1] = r[3 * result + 2];
            return r[3 * result];
        }
        out[0] = 0;
        out[1] = 0;
        return k[~result];
    }

    /**
     * The Hessian at (x, y).
     *
     * @param out receives d2f/dx2, d2f/dxdy and d2f/dy2
     * @return f(x, y)
     */
    public double hessian(double x, double y, double[] out) {
        Scratch scratch = SCRATCH.get();
        double[] r = scratch.registers(6 * registers);
        double[] p = scratch.partials;
        double[] k = constants;
        for (int v = 0; v < 12; v++) {
            r[v] = 0;
        }
        r[0] = x;
        r[1] = 1;
        r[6] = y;
        r[8] = 1;
        for (int i = 0; i < operations.length; i++) {
            int a = first[i];
            int b = second[i];
            int ja = 6 * a;
            int jb = 6 * b;
            double av = a >= 0 ? r[ja] : k[~a];
            double bv = b >= 0 ? r[jb] : k[~b];
            Operation op = operations[i];
            double v = op.value(av, bv);
            op.partials(av, bv, v, p);
            double fa = 0;
            double faa = 0;
            double fab = 0;
            double ax = 0;
            double ay = 0;
            double axx = 0;
            double axy = 0;
            double ayy = 0;
            boolean picked = op.picks();
            if (a >= 0 && !(picked && p[0] == 0)) {
                fa = p[0];
                faa = p[2];
                fab = p[3];
                ax = r[ja + 1];
                ay = r[ja + 2];
                axx = r[ja + 3];
                axy = r[ja + 4];
                ayy = r[ja + 5];
            }
            double fb = 0;
            double fbb = 0;
            double bx = 0;
            double by = 0;
            double bxx = 0;
            double bxy = 0;
            double byy = 0;
            if (b >= 0 && !(picked && p[1] == 0)) {
                fb = p[1];
                fbb = p[4];
                bx = r[jb + 1];
                by = r[jb + 2];
                bxx = r[jb + 3];
                bxy = r[jb + 4];
                byy = r[jb + 5];
            } else {
                fab = 0;
            }
            int d = 6 * target[i];
            r[d] = v;
            r[d + 1] = fa * ax + fb * bx;
            r[d + 2] = fa * ay + fb * by;
            r[d + 3] = fa * axx + fb * bxx + faa * ax * ax + 2 * fab * ax * bx + fbb * bx * bx;
            r[d + 4] = fa * axy + fb * bxy + faa * ax * ay + fab * (ax * by + ay * bx) + fbb * bx * by;
            r[d + 5] = fa * ayy + fb * byy + faa * ay * ay + 2 * fab * ay * by + fbb * by * by;
        }
        if (result >= 0) {
            out[0] = r[6 * result + 3];
            out[1] = r[6 * result + 4];
            out[2] = r[6 * result + 5];
            return r[6 * result];
        }
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        return k[~result];
    }

    /** The tree with the parameters replaced by their values and every constant part computed. */
    private static Node fold(Node node, Map<String, Double> values) {
        if (node instanceof Node.Parameter p) {
            Double value = values.get(p.name());
            if (value == null) {
                throw new IllegalArgumentException("no value for the parameter " + p.name());
            }
            return new Node.Number(value);
        }
        if (!(node instanceof Node.Apply apply)) {
            return node;
        }
        List<Node> arguments = new ArrayList<>(apply.arguments().size());
        boolean constant = true;
        for (Node argument : apply.arguments()) {
            Node folded = fold(argument, values);
            arguments.add(folded);
            constant &= folded instanceof Node.Number;
        }
        Operation op = apply.operation();
        if (constant) {
            double a = ((Node.Number) arguments.get(0)).value();
            double b = op.arity() == 2 ? ((Node.Number) arguments.get(1)).value() : 0;
            return new Node.Number(op.value(a, b));
        }
        if (op == Operation.POWER && arguments.get(1) instanceof Node.Number exponent) {
            double n = exponent.value();
            if (n == 0) {
                return new Node.Number(1);
            }
            if (n == 1) {
                return arguments.get(0);
            }
            if (n == 2) {
                return Node.Apply.of(Operation.SQUARE, arguments.get(0));
            }
        }
        return new Node.Apply(op, arguments);
    }

    /** The degree of a folded tree as a polynomial in x and y; {@link #INFINITE_DEGREE} if it is none. */
    private static int degree(Node node) {
        if (node instanceof Node.Number) {
            return 0;
        }
        if (node instanceof Node.Variable) {
            return 1;
        }
        Node.Apply apply = (Node.Apply) node;
        int a = degree(apply.arguments().get(0));
        int b = apply.arguments().size() > 1 ? degree(apply.arguments().get(1)) : 0;
        int d = switch (apply.operation()) {
            case NEGATE -> a;
            case ADD, SUBTRACT -> Math.max(a, b);
            case MULTIPLY -> a + b;
            case DIVIDE -> b == 0 ? a : INFINITE_DEGREE;
            case SQUARE -> 2 * a;
            case POWER -> apply.arguments().get(1) instanceof Node.Number n && n.value() >= 0
                    && n.value() == Math.rint(n.value())
                    ? (int) Math.min(INFINITE_DEGREE, a * n.value()) : INFINITE_DEGREE;
            default -> a == 0 && b == 0 ? 0 : INFINITE_DEGREE;
        };
        return Math.min(d, INFINITE_DEGREE);
    }

    /** Turns a folded tree into instructions, the results of sub-trees on a stack of registers from 2 up. */
    private static final class Emitter {
        final List<Operation> operations = new ArrayList<>();
        final List<Integer> codes = new ArrayList<>();
        final List<Double> constants = new ArrayList<>(List.of(0.0));
        int registers = 2;

        /** Emits the instructions that compute a node; returns its operand code. */
        int emit(Node node, int top) {
            if (node instanceof Node.Number n) {
                constants.add(n.value());
                return ~(constants.size() - 1);
            }
            if (node instanceof Node.Variable v) {
                return v.index();
            }
            Node.Apply apply = (Node.Apply) node;
            int a = emit(apply.arguments().get(0), top);
            int b = NONE;
            if (apply.arguments().size() > 1) {
                b = emit(apply.arguments().get(1), a >= 2 ? top + 1 : top);
            }
            int d = 2 + top;
            registers = Math.max(registers, d + 1);
            operations.add(apply.operation());
            codes.add(d);
            codes.add(a);
            codes.add(b);
            return d;
        }
    }

    /** A thread's register file (grown as needed) and room for an operation's partial derivatives. */
    private static final class Scratch {
        private double[] registers = new double[96];
        final double[] partials = new double[5];

        double[] registers(int size) {
            if (registers.length < size) {
                registers = new double[Math.max(size, 2 * registers.length)];
            }
            return registers;
        }
    }
}
