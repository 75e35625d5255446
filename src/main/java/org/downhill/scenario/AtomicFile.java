package org.downhill.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the text goes to a temporary file in the same folder,
 * is forced to the disk, and is then renamed over the target (an atomic move where the file
 * system has one). A crash at any moment leaves either the old file or the new one, never half of
 * one; a failure deletes the temporary file. Only a regular file (or nothing) is ever replaced; a
 * symbolic link keeps pointing at the file it names.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * Writes the text as UTF-8 to the file, replacing it atomically.
     *
     * @throws IOException if the folder cannot be written, or the target exists and is not a
     *                     regular file (a folder, say), which is left alone
     */
    static void write(Path file, String text) throws IOException {
        // a link is followed, so that the file it names is replaced and the link kept
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new IOException(file + " is not a regular file");
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
