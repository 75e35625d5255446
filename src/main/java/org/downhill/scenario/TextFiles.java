package org.downhill.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading the text of Downhill's documents (scenarios, case files, lessons, data) from files the
 * user named: UTF-8, at most {@link #MAX_BYTES}, a leading byte order mark dropped. Every failure
 * is a {@link FileFormatException} naming the file, and for bytes that are not UTF-8 the byte
 * offset of the first bad one.
 */
public final class TextFiles {
    /** The largest file read: far above any document, and a bound on what a wrong file can cost. */
    public static final int MAX_BYTES = 64 << 20;

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
     * @throws FileFormatException if it cannot be read: {@code No such file: ...}, {@code Cannot
     *                             read ...: permission denied} (or another reason), {@code ...:
     *                             larger than 64 MB, ...} or {@code ...: not UTF-8 text (byte offset
     *                             N ...)}
     */
    public static String text(Path file) throws FileFormatException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new FileFormatException("No such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw new FileFormatException("Cannot read " + file + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new FileFormatException("Cannot read " + file + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
        } catch (IOException e) {
            throw new FileFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileFormatException(file.getFileName() + ": larger than " + (MAX_BYTES >> 20)
                    + " MB, too large for a Downhill file");
        }
        return decode(bytes, file);
    }

    /**
     * Reads a UTF-8 file and the document in it.
     *
     * @throws FileFormatException if the file cannot be read ({@link #text(Path)}) or the reader
     *                             refuses it, the reader's message after the file's name (see
     *                             {@link FileFormatException#inFile}, which keeps its kind)
     */
    public static <T> T read(Path file, Reader<T> reader) throws FileFormatException {
        String text = text(file);
        try {
            return reader.read(text);
        } catch (FileFormatException e) {
            throw e.inFile(file);
        }
    }

    private static String decode(byte[] bytes, Path file) throws FileFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new FileFormatException(file.getFileName() + ": not UTF-8 text (byte offset " + in.position()
                    + " is not part of a UTF-8 character)");
        }
        out.flip();
        if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }
}
