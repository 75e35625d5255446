package org.downhill.claim;

import java.util.ArrayList;
import java.util.List;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/**
 * Parses claim expressions. The grammar, loosest binding first:
 * <pre>
 *   expr       := and ('or' and)*
 *   and        := not ('and' not)*
 *   not        := 'not' not | comparison
 *   comparison := sum (('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '!=') sum)?
 *   sum        := product (('+' | '-') product)*
 *   product    := unary (('*' | '/') unary)*
 *   unary      := '-' unary | primary
 *   primary    := number | 'text' | fact '(' [expr (',' expr)*] ')' | '(' expr ')'
 * </pre>
 * Numbers as in Java ({@code 0.5}, {@code 1e-3}); text in single quotes (a run's name, e.g.
 * {@code 'Plain SGD'}); facts by the names of {@link Fact}. Types are checked as it parses: logic
 * needs truth values, arithmetic and comparisons numbers, a fact the arguments it declares. A
 * failure is an {@link InvalidParameterException} naming the column (counted from 1).
 */
public final class ExprParser {
    private final String text;
    private int pos;

    private ExprParser(String text) {
        this.text = text;
    }

    /**
     * A claim: an expression that is true or false.
     *
     * @throws InvalidParameterException saying what is wrong and at which column
     */
    public static Expr claim(String text) {
        return parse(text, Type.BOOLEAN);
    }

    /**
     * A measurement: an expression whose value is a number.
     *
     * @throws InvalidParameterException saying what is wrong and at which column
     */
    public static Expr number(String text) {
        return parse(text, Type.NUMBER);
    }

    private static Expr parse(String text, Type wanted) {
        ExprParser p = new ExprParser(text);
        p.skipSpace();
        int start = p.pos;
        Expr e = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        if (e.type() != wanted) {
            throw new InvalidParameterException("'" + Excerpt.of(text.trim()) + "' is " + e.type().word() + ", but "
                    + wanted.word() + " is needed here (column " + (start + 1) + ")");
        }
        return e;
    }

    private Expr or() {
        Expr left = and();
        while (keyword("or")) {
            int at = pos;
            left = new Expr.Logic(false, truth(left, "or", at), truth(and(), "or", at));
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (keyword("and")) {
            int at = pos;
            left = new Expr.Logic(true, truth(left, "and", at), truth(not(), "and", at));
        }
        return left;
    }

    private Expr not() {
        if (keyword("not")) {
            int at = pos;
            return new Expr.Not(truth(not(), "not", at));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = sum();
        skipSpace();
        for (String op : List.of("<=", ">=", "==", "!=", "<", ">")) {
            if (text.startsWith(op, pos)) {
                int at = pos;
                pos += op.length();
                Expr right = sum();
                return new Expr.Compare(op, number(left, op, at), number(right, op, at));
            }
        }
        return left;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            skipSpace();
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                char op = text.charAt(pos);
                int at = pos++;
                left = new Expr.Arithmetic(op, number(left, String.valueOf(op), at), number(product(), String.valueOf(op), at));
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
                char op = text.charAt(pos);
                int at = pos++;
                left = new Expr.Arithmetic(op, number(left, String.valueOf(op), at), number(unary(), String.valueOf(op), at));
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '-') {
            int at = pos++;
            return new Expr.Negate(number(unary(), "-", at));
        }
        return primary();
    }

    private Expr primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a number, a fact or ( but the text ends");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expr inner = or();
            expect(')');
            return inner;
        }
        if (c == '\'') {
            int end = text.indexOf('\'', pos + 1);
            if (end < 0) {
                throw error("text in quotes is not closed");
            }
            String inner = text.substring(pos + 1, end);
            pos = end + 1;
            return new Expr.Text(inner);
        }
        if (Character.isDigit(c) || c == '.') {
            return numberLiteral();
        }
        if (Character.isLetter(c) || c == '_') {
            return call();
        }
        throw error("expected a number, a fact or ( but found '" + c + "'");
    }

    private Expr numberLiteral() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return new Expr.Num(Double.parseDouble(literal));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("'" + Excerpt.of(literal) + "' is not a number");
        }
    }

    private Expr call() {
        int start = pos;
        String name = identifier();
        if (name.equals("and") || name.equals("or") || name.equals("not")) {
            pos = start;
            throw error("expected a number, a fact or ( but found '" + Excerpt.of(name) + "'");
        }
        Fact fact = Fact.byName(name);
        if (fact == null) {
            pos = start;
            throw new InvalidParameterException(error("unknown fact '" + Excerpt.of(name) + "'").getMessage()
                    + "; known facts: " + Fact.names());
        }
        skipSpace();
        expect('(');
        List<Expr> args = new ArrayList<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
        } else {
            args.add(or());
            skipSpace();
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                args.add(or());
                skipSpace();
            }
            expect(')');
        }
        String source = text.substring(start, pos);
        List<Fact.Param> params = fact.params();
        if (args.size() != params.size()) {
            throw errorAt(start, fact.signature() + " takes " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + ", not " + args.size());
        }
        for (int i = 0; i < params.size(); i++) {
            Fact.Param param = params.get(i);
            Expr arg = args.get(i);
            boolean fits = param == Fact.Param.NUMBER ? arg.type() == Type.NUMBER : arg instanceof Expr.Text;
            if (!fits) {
                throw errorAt(start, "argument " + (i + 1) + " of " + fact.signature() + " must be "
                        + param.word() + ", not " + arg.type().word());
            }
        }
        return new Expr.Call(fact, args, source);
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Consumes a keyword (a whole word) if it comes next. */
    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length()
                || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected '" + c + "' but the text ends");
        }
        if (text.charAt(pos) != c) {
            throw error("expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Expr truth(Expr e, String op, int at) {
        if (e.type() != Type.BOOLEAN) {
            throw errorAt(at, "'" + op + "' needs true or false on both sides, not " + e.type().word());
        }
        return e;
    }

    private Expr number(Expr e, String op, int at) {
        if (e.type() != Type.NUMBER) {
            throw errorAt(at, "'" + op + "' needs numbers on both sides, not " + e.type().word());
        }
        return e;
    }

    private InvalidParameterException error(String message) {
        return errorAt(pos, message);
    }

    private InvalidParameterException errorAt(int at, String message) {
        return new InvalidParameterException(message + " at column " + (at + 1) + " of '"
                + Excerpt.around(text, at) + "'");
    }
}
