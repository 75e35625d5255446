package org.downhill.landscape.formula;

import java.util.List;

/**
 * A parsed formula as a tree: numbers, the variables x and y, named parameters and operations
 * applied to sub-trees. Immutable.
 */
public sealed interface Node permits Node.Number, Node.Variable, Node.Parameter, Node.Apply {

    /** A constant, e.g. {@code 2.5} or pi. */
    record Number(double value) implements Node {
    }

    /** x (index 0) or y (index 1). */
    record Variable(int index) implements Node {
        /** The variable x. */
        public static final Variable X = new Variable(0);
        /** The variable y. */
        public static final Variable Y = new Variable(1);
    }

    /** A named parameter, a number the user sets with a slider. */
    record Parameter(String name) implements Node {
    }

    /**
     * An operation applied to its arguments.
     *
     * @param operation what is computed
     * @param arguments as many as the operation's arity
     */
    record Apply(Operation operation, List<Node> arguments) implements Node {
        /** Checks the number of arguments. */
        public Apply {
            arguments = List.copyOf(arguments);
            if (arguments.size() != operation.arity()) {
                throw new IllegalArgumentException(operation + " takes " + operation.arity() + " arguments");
            }
        }

        /** An operation of one argument. */
        static Apply of(Operation operation, Node a) {
            return new Apply(operation, List.of(a));
        }

        /** An operation of two arguments. */
        static Apply of(Operation operation, Node a, Node b) {
            return new Apply(operation, List.of(a, b));
        }
    }
}
