package org.downhill.param;

/**
 * Text from a user's input quoted in a message: cut to {@link #MAX_LENGTH} characters (with an
 * ellipsis) so that a refusal stays one readable line however long the input was.
 */
public final class Excerpt {
    /** The most characters of the input a message quotes. */
    public static final int MAX_LENGTH = 40;

    private Excerpt() {
    }

    /** The text itself if it is short enough, else its first characters followed by an ellipsis. */
    public static String of(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "\u2026";
    }
}
