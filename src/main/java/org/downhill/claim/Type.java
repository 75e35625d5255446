package org.downhill.claim;

/** The type of a claim expression: a number, a truth value, or a piece of text (a run's name). */
public enum Type {
    /** A real number; infinite where something never happens (a run that never reaches a loss). */
    NUMBER,
    /** True or false. */
    BOOLEAN,
    /** Text in single quotes, e.g. a run's name {@code 'Plain SGD'}; only as a fact's argument. */
    TEXT;

    /** The word for messages. */
    String word() {
        return switch (this) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text in quotes";
        };
    }
}
