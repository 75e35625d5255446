package org.downhill.landscape.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser of the formula language (see {@link Expression} for the grammar).
 * Reads a token ahead; every failure is a {@link FormulaSyntaxException} naming the offending
 * character. The recursion is bounded by {@link Expression#MAX_DEPTH}, so no input overflows
 * the stack. One parser reads one text, once.
 */
final class Parser {
    /** What a token is. */
    private enum Kind { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, OPEN, CLOSE, COMMA, END }

    /** A token: its kind, where it starts and ends in the text, and a number's value. */
    private record Token(Kind kind, int start, int end, double number) {
    }

    private static final String OPERAND = "expected a number, a variable or (";

    private final String text;
    private final Set<String> parameters = new LinkedHashSet<>();
    private Token token;
    /** How deeply the current sub-formula is nested; the formula itself is level 0. */
    private int depth = -1;

    private Parser(String text) {
        this.text = text;
    }

    /** The tree of a formula and its parameters in order of first appearance. */
    static Expression parse(String text) {
        if (text.length() > Expression.MAX_LENGTH) {
            throw new FormulaSyntaxException("the formula is longer than " + Expression.MAX_LENGTH + " characters",
                    Expression.MAX_LENGTH);
        }
        Parser parser = new Parser(text);
        parser.advance(0);
        Node root = parser.sum();
        if (parser.token.kind != Kind.END) {
            throw parser.token.kind == Kind.CLOSE ? parser.error("unmatched )")
                    : parser.startsOperand() ? parser.error("expected an operator (multiplication needs *)")
                    : parser.error("expected an operator or the end of the formula");
        }
        return new Expression(text, root, List.copyOf(parser.parameters));
    }

    /** sum = product { ("+" | "-") product } */
    private Node sum() {
        Node left = product();
        while (token.kind == Kind.PLUS || token.kind == Kind.MINUS) {
            Operation op = token.kind == Kind.PLUS ? Operation.ADD : Operation.SUBTRACT;
            advance();
            left = Node.Apply.of(op, left, product());
        }
        return left;
    }

    /** product = signed { ("*" | "/") signed } */
    private Node product() {
        Node left = signed();
        while (token.kind == Kind.STAR || token.kind == Kind.SLASH) {
            Operation op = token.kind == Kind.STAR ? Operation.MULTIPLY : Operation.DIVIDE;
            advance();
            left = Node.Apply.of(op, left, signed());
        }
        return left;
    }

    /** signed = ("-" | "+") signed | power; every nesting passes here, so the depth is counted here. */
    private Node signed() {
        if (++depth > Expression.MAX_DEPTH) {
            throw error("nested more than " + Expression.MAX_DEPTH + " levels deep");
        }
        Node result;
        if (token.kind == Kind.MINUS) {
            advance();
            result = Node.Apply.of(Operation.NEGATE, signed());
        } else if (token.kind == Kind.PLUS) {
            advance();
            result = signed();
        } else {
            result = power();
        }
        depth--;
        return result;
    }

    /** power = primary [ ("^" | "**") signed ], so a^b^c = a^(b^c) and -a^2 = -(a^2). */
    private Node power() {
        Node base = primary();
        if (token.kind != Kind.CARET) {
            return base;
        }
        advance();
        return Node.Apply.of(Operation.POWER, base, signed());
    }

    /** primary = number | name | name "(" arguments ")" | "(" sum ")" */
    private Node primary() {
        Token t = token;
        switch (t.kind) {
            case NUMBER:
                advance();
                return new Node.Number(t.number);
            case OPEN:
                advance();
                Node inner = sum();
                expect(Kind.CLOSE, "expected )");
                return inner;
            case NAME:
                advance();
                return token.kind == Kind.OPEN ? call(t) : name(t);
            default:
                throw error(OPERAND);
        }
    }

    /** A name not followed by "(": a variable, a constant or a parameter. */
    private Node name(Token t) {
        String name = text.substring(t.start, t.end);
        switch (name) {
            case "x":
                return Node.Variable.X;
            case "y":
                return Node.Variable.Y;
            case "pi":
                return new Node.Number(Math.PI);
            case "e":
                return new Node.Number(Math.E);
            default:
                break;
        }
        if (Operation.function(name) != null) {
            throw new FormulaSyntaxException(name + " is a function: write " + name + "(...)", t.start);
        }
        if (parameters.add(name) && parameters.size() > Expression.MAX_PARAMETERS) {
            throw new FormulaSyntaxException("more than " + Expression.MAX_PARAMETERS + " parameters", t.start);
        }
        return new Node.Parameter(name);
    }

    /** A function call; the current token is its "(". */
    private Node call(Token nameToken) {
        String name = text.substring(nameToken.start, nameToken.end);
        Operation f = Operation.function(name);
        if (f == null) {
            throw new FormulaSyntaxException(reserved(name) ? name + " is not a function"
                    : "unknown function " + name + " (known: " + String.join(", ", Operation.functionNames()) + ")",
                    nameToken.start);
        }
        advance();
        List<Node> arguments = new ArrayList<>();
        arguments.add(sum());
        while (token.kind == Kind.COMMA) {
            advance();
            arguments.add(sum());
        }
        expect(Kind.CLOSE, arguments.size() < f.arity() ? "expected , or )" : "expected )");
        if (arguments.size() != f.arity()) {
            String takes = f.arity() == 1 ? " argument" : " arguments";
            throw new FormulaSyntaxException(name + " takes " + f.arity() + takes + ", not " + arguments.size(),
                    nameToken.start);
        }
        return new Node.Apply(f, arguments);
    }

    private static boolean reserved(String name) {
        return name.equals("x") || name.equals("y") || name.equals("pi") || name.equals("e");
    }

    private void expect(Kind kind, String problem) {
        if (token.kind != kind) {
            throw error(problem);
        }
        advance();
    }

    private boolean startsOperand() {
        return token.kind == Kind.NUMBER || token.kind == Kind.NAME || token.kind == Kind.OPEN;
    }

    private FormulaSyntaxException error(String problem) {
        return new FormulaSyntaxException(problem, token.start);
    }

    private void advance() {
        advance(token.end);
    }

    /** Reads the token at or after {@code from} (skipping white space) into {@link #token}. */
    private void advance(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            token = new Token(Kind.END, i, i, 0);
            return;
        }
        char c = text.charAt(i);
        if ((c >= '0' && c <= '9') || c == '.') {
            token = number(i);
            return;
        }
        if (Character.isLetter(c) || c == '_') {
            int end = i + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            token = new Token(Kind.NAME, i, end, 0);
            return;
        }
        if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
            token = new Token(Kind.CARET, i, i + 2, 0);
            return;
        }
        Kind kind = switch (c) {
            case '+' -> Kind.PLUS;
            case '-', '\u2212' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '^' -> Kind.CARET;
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            case ',' -> Kind.COMMA;
            default -> throw new FormulaSyntaxException("unexpected character '" + c + "'", i);
        };
        token = new Token(kind, i, i + 1, 0);
    }

    /** digits [. digits] [(e|E) [+|-] digits], or . digits */
    private Token number(int start) {
        int i = digits(start);
        if (i < text.length() && text.charAt(i) == '.') {
            i = digits(i + 1);
        }
        if (i == start + 1 && text.charAt(start) == '.') {
            throw new FormulaSyntaxException("a number needs a digit", start);
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                i = digits(j);
            }
        }
        double value = Double.parseDouble(text.substring(start, i));
        if (Double.isInfinite(value)) {
            throw new FormulaSyntaxException("the number " + text.substring(start, i) + " is too large", start);
        }
        return new Token(Kind.NUMBER, start, i, value);
    }

    /** The end of a run of ASCII digits starting at {@code from}. */
    private int digits(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
