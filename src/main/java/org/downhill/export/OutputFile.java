package org.downhill.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writing a file the user named, without ever destroying anything else: only a regular file (or
 * a new file in an existing folder) is written, never a folder, device or other special file; the
 * content goes to a new file beside it first and replaces the old file in one move when it is
 * complete, so a failure half-way leaves the old file as it was (a link is followed, and the file
 * it points to is replaced). Failures are {@link IOException}s whose message names the file and
 * the reason in a few words, e.g. {@code "cannot write /tmp/x.png: the folder /tmp/nope does not
 * exist"}.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** Writes content into a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks that a file can be written as {@link #write} would: it is a regular file or does not
     * exist, in a folder that exists. Cheap; callers check every output before doing slow work.
     *
     * @return the file to write: {@code file}, or the file a link points to
     * @throws IOException if it cannot be, naming the file and why
     */
    public static Path check(Path file) throws IOException {
        Path target = file;
        if (Files.isSymbolicLink(file)) {
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                throw refused(file, "it is a link to nothing");
            }
        }
        if (Files.isDirectory(target)) {
            throw refused(file, "it is a folder, not a file");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw refused(file, "it is not a regular file");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw refused(file, "the folder " + folder + " does not exist");
        }
        return target;
    }

    /**
     * Writes a file: checks it ({@link #check}), writes the content into a new hidden file in the
     * same folder, then moves that over the file (atomically where the file system can).
     *
     * @throws IOException if the file cannot be written, naming it and why; the old file is then
     *                     unchanged and no temporary file is left
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = check(file);
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
        boolean moved = false;
        OutputStream out;
        try {
            out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw refused(file, "no new file can be made in its folder " + target.toAbsolutePath().getParent() + " ("
                    + reason(e) + ")");
        }
        try {
            try (out) {
                content.writeTo(out);
            }
            move(temporary, target);
            moved = true;
        } catch (IOException e) {
            throw refused(file, reason(e));
        } catch (UncheckedIOException e) {
            throw refused(file, reason(e.getCause()));
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Writes text as UTF-8 ({@link #write}). */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Removes a temporary file if it is there; a failure to clean up must not hide why the write failed. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the reason the write failed is what the user needs to know
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An exception saying the file cannot be written, and why. */
    private static IOException refused(Path file, String why) {
        return new IOException("cannot write " + file + ": " + why);
    }

    /** The reason of a failure in a few words, without the temporary file's name. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
