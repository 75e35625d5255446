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

    /**
     * The part of the text around a position (the place a message points at): the text itself if
     * it is short enough, else at most {@link #MAX_LENGTH} characters from a little before the
     * position, with an ellipsis where the text was cut.
     */
    public static String around(String text, int position) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int from = Math.max(0, Math.min(position - MAX_LENGTH / 4, text.length() - MAX_LENGTH));
        int to = Math.min(text.length(), from + MAX_LENGTH);
        return (from > 0 ? "\u2026" : "") + text.substring(from, to) + (to < text.length() ? "\u2026" : "");
    }
}
