package org.downhill.param;

/**
 * The description of one parameter of a landscape, an optimizer or a schedule: its name (the
 * PyTorch name where there is one), its default, the values it allows and a one-line meaning.
 * User interfaces build their controls from these descriptors, and every value that enters the
 * core passes {@link #check}.
 *
 * <p>Values are plain Java objects: {@link Double} for {@link RealParam}, {@link Integer} for
 * {@link IntParam}, {@link Long} for {@link LongParam}, {@link Boolean} for {@link FlagParam},
 * {@link String} for {@link ChoiceParam}, an unmodifiable {@code List<Double>} for
 * {@link RealTupleParam} and an unmodifiable {@code List<Integer>} for {@link IntListParam}.
 */
public sealed interface Param
        permits RealParam, IntParam, LongParam, FlagParam, ChoiceParam, RealTupleParam, IntListParam {

    /** The parameter's name, e.g. {@code lr} or {@code betas}. */
    String name();

    /** What the parameter does, in one line. */
    String meaning();

    /** The value used when none is given (may be {@code null} for an optional integer). */
    Object defaultValue();

    /**
     * Checks a value and returns it in its canonical type (e.g. an {@link Integer} given to a real
     * parameter becomes a {@link Double}).
     *
     * @throws InvalidParameterException naming this parameter and the allowed values
     */
    Object check(Object value);

    /**
     * Parses the text form used on the command line ({@code 0.9}, {@code 0.9,0.999},
     * {@code true}, {@code cos}, {@code 100,250}, {@code none}) and checks it.
     *
     * @throws InvalidParameterException if the text is malformed or the value not allowed
     */
    Object parse(String text);

    /** The text form of a value, which {@link #parse} reads back. */
    String format(Object value);

    /** The allowed values in words, e.g. {@code 0 <= momentum <= 1}. */
    String allowed();

    /** The exception for a value outside {@link #allowed()}. */
    default InvalidParameterException rejection(Object value) {
        String shown = value instanceof Double d ? NumberText.of(d) : String.valueOf(value);
        return new InvalidParameterException(
                "Invalid value for " + name() + ": " + shown + " (allowed: " + allowed() + ")");
    }
}
