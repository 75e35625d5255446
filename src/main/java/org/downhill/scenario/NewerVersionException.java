package org.downhill.scenario;

import java.nio.file.Path;

/**
 * A scenario file written by a newer Downhill, in a format version this one cannot read. Such a
 * file is not broken: a newer Downhill reads it, so it must be kept as it is.
 */
public final class NewerVersionException extends FileFormatException {
    private static final long serialVersionUID = 1L;

    private final int version;

    /**
     * @param message what is wrong and where
     * @param version the file's format version, greater than {@link ScenarioJson#VERSION}
     */
    public NewerVersionException(String message, int version) {
        super(message);
        this.version = version;
    }

    private NewerVersionException(String message, int version, Throwable cause) {
        super(message, cause);
        this.version = version;
    }

    /** The file's format version. */
    public int version() {
        return version;
    }

    @Override
    public NewerVersionException inFile(Path file) {
        return new NewerVersionException(file.getFileName() + ": " + getMessage(), version, this);
    }
}
