package org.downhill.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the text of Downhill's documents (scenarios, lessons, data) from files. */
public final class TextFiles {
    private TextFiles() {
    }

    /** Turns a document's text into what it holds. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * The document in a text.
         *
         * @throws FileFormatException saying what is wrong and where
         */
        T read(String text) throws FileFormatException;
    }

    /**
     * The text of a UTF-8 file.
     *
     * @throws FileFormatException if it cannot be read: {@code No such file: ...}, {@code ...: not
     *                             UTF-8 text} or {@code Cannot read ...}
     */
    public static String text(Path file) throws FileFormatException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FileFormatException("No such file: " + file, e);
        } catch (CharacterCodingException e) {
            throw new FileFormatException(file.getFileName() + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new FileFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a UTF-8 file and the document in it.
     *
     * @throws FileFormatException if the file cannot be read ({@link #text(Path)}) or the reader
     *                             refuses it, the reader's message after the file's name
     */
    public static <T> T read(Path file, Reader<T> reader) throws FileFormatException {
        String text = text(file);
        try {
            return reader.read(text);
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
