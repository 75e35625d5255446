package org.downhill.landscape.formula;

import org.downhill.param.InvalidParameterException;

/**
 * A formula that cannot be read, with the place of the problem: {@code x^2 + * y} gives "expected
 * a number, a variable or ( at column 6". Columns count characters from 0, so column c is the
 * character {@code text.charAt(c)} (or the end of the text when c equals its length), as in
 * JavaScript parsers; a view marks that character. This is the only exception
 * {@link Expression#parse} throws.
 */
public final class FormulaSyntaxException extends InvalidParameterException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int column;

    /**
     * @param problem what is wrong, in words for people, without the place
     * @param column  where: the index of the offending character, from 0
     */
    public FormulaSyntaxException(String problem, int column) {
        super(problem + " at column " + column);
        this.problem = problem;
        this.column = column;
    }

    /** What is wrong, without the place, e.g. {@code expected a number, a variable or (}. */
    public String problem() {
        return problem;
    }

    /** The index of the offending character in the formula, from 0 (the length for "at the end"). */
    public int column() {
        return column;
    }
}
