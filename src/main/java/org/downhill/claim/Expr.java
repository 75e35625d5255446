package org.downhill.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * A parsed claim expression (see {@link ExprParser} for the grammar): numbers, text, facts
 * measured on the runs, arithmetic, comparisons and logic. Immutable; types are checked when it is
 * parsed, so evaluation never meets a type error. Truth values evaluate to 1 (true) and 0 (false).
 */
public sealed interface Expr {

    /** The type of the value. */
    Type type();

    /**
     * The value, measured where facts are involved: a number, or 1 for true and 0 for false.
     *
     * @throws org.downhill.param.InvalidParameterException if a fact cannot be measured on these
     *                                                      runs (an unknown run or hyper-parameter)
     */
    double value(Measurements m);

    /** The names of the runs this expression measures, in order of first mention, without repeats. */
    default Set<String> runNames() {
        Set<String> names = new LinkedHashSet<>();
        collectRuns(names);
        return names;
    }

    /** Adds the run names this expression mentions to {@code into}. */
    void collectRuns(Set<String> into);

    /** A number, e.g. {@code 1e-3}. */
    record Num(double number) implements Expr {
        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public double value(Measurements m) {
            return number;
        }

        @Override
        public void collectRuns(Set<String> into) {
        }
    }

    /** Text in single quotes, e.g. a run's name; only ever a fact's argument. */
    record Text(String text) implements Expr {
        @Override
        public Type type() {
            return Type.TEXT;
        }

        @Override
        public double value(Measurements m) {
            throw new IllegalStateException("text has no numeric value");
        }

        @Override
        public void collectRuns(Set<String> into) {
        }
    }

    /**
     * A fact measured on the runs, e.g. {@code steps_to('Adam', 1e-3)}; its arguments match the
     * fact's parameter types.
     *
     * @param fact the fact
     * @param args its arguments
     * @param source the call as written, for reports
     */
    record Call(Fact fact, List<Expr> args, String source) implements Expr {
        /** Copies the arguments. */
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public Type type() {
            return fact.result();
        }

        @Override
        public double value(Measurements m) {
            List<Object> values = new ArrayList<>(args.size());
            for (Expr a : args) {
                values.add(a instanceof Text t ? t.text() : a.value(m));
            }
            return m.measure(this, values);
        }

        @Override
        public void collectRuns(Set<String> into) {
            for (int i = 0; i < args.size(); i++) {
                if (fact.params().get(i) == Fact.Param.RUN) {
                    into.add(((Text) args.get(i)).text());
                }
                args.get(i).collectRuns(into);
            }
        }
    }

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {
        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public double value(Measurements m) {
            return -operand.value(m);
        }

        @Override
        public void collectRuns(Set<String> into) {
            operand.collectRuns(into);
        }
    }

    /** {@code left op right} for op one of {@code + - * /}, with IEEE arithmetic (so {@code 1/0} is infinite). */
    record Arithmetic(char op, Expr left, Expr right) implements Expr {
        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public double value(Measurements m) {
            double a = left.value(m);
            double b = right.value(m);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        @Override
        public void collectRuns(Set<String> into) {
            left.collectRuns(into);
            right.collectRuns(into);
        }
    }

    /**
     * {@code left op right} for op one of {@code < <= > >= == !=}; IEEE comparison, so anything
     * compared with NaN is false (except {@code !=}), and infinity is larger than every number.
     */
    record Compare(String op, Expr left, Expr right) implements Expr {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public double value(Measurements m) {
            double a = left.value(m);
            double b = right.value(m);
            boolean holds = switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                case "==" -> a == b;
                case "!=" -> a != b;
                default -> throw new IllegalStateException("operator " + op);
            };
            return holds ? 1 : 0;
        }

        @Override
        public void collectRuns(Set<String> into) {
            left.collectRuns(into);
            right.collectRuns(into);
        }
    }

    /** {@code left and right}, {@code left or right}; both sides are measured, so a report shows every number. */
    record Logic(boolean and, Expr left, Expr right) implements Expr {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public double value(Measurements m) {
            boolean a = left.value(m) != 0;
            boolean b = right.value(m) != 0;
            return (and ? a && b : a || b) ? 1 : 0;
        }

        @Override
        public void collectRuns(Set<String> into) {
            left.collectRuns(into);
            right.collectRuns(into);
        }
    }

    /** {@code not operand}. */
    record Not(Expr operand) implements Expr {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public double value(Measurements m) {
            return operand.value(m) != 0 ? 0 : 1;
        }

        @Override
        public void collectRuns(Set<String> into) {
            operand.collectRuns(into);
        }
    }
}
