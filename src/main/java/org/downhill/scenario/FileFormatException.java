package org.downhill.scenario;

import java.nio.file.Path;

/**
 * A file that cannot be read as what it should be: malformed JSON, a missing or mistyped field,
 * an unknown name or a value out of range. The message says what and where, in a form that can be
 * shown to a user as it is.
 */
public class FileFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public FileFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the underlying error
     */
    public FileFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same failure found in a file: the message starts with the file's name, then this one's. */
    public FileFormatException inFile(Path file) {
        return new FileFormatException(file.getFileName() + ": " + getMessage(), this);
    }
}
