package org.downhill.param;

/**
 * A parameter value, or a combination of values, that is not allowed. The message names the
 * parameter and what would be allowed, in words that can be shown to a user as they are.
 */
public class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message a complete sentence naming the parameter and the allowed range */
    public InvalidParameterException(String message) {
        super(message);
    }
}
