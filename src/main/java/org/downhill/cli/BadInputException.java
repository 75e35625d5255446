package org.downhill.cli;

/** Input on the command line that cannot be used (a file that cannot be written, say); exits with code 2. */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
