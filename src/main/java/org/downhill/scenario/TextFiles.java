package org.downhill.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the text of Downhill's documents (scenarios, lessons) from files and from the class path. */
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
     * Reads a UTF-8 file and the document in it.
     *
     * @throws FileFormatException if the file cannot be read ({@code No such file: ...}, {@code
     *                             ...: not UTF-8 text}, {@code Cannot read ...}) or the reader
     *                             refuses it, the reader's message after the file's name
     */
    public static <T> T read(Path file, Reader<T> reader) throws FileFormatException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FileFormatException("No such file: " + file, e);
        } catch (CharacterCodingException e) {
            throw new FileFormatException(file.getFileName() + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new FileFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return reader.read(text);
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A UTF-8 resource shipped with Downhill, by its name relative to a class.
     *
     * @throws IllegalStateException if it is missing (a defect of the build, which the tests catch)
     */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + anchor.getSimpleName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }
}
