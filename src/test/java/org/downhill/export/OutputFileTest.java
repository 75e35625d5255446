package org.downhill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing files the user named: a regular file or a new one, whole or not at all, never anything else. */
class OutputFileTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenAndAnOldOneReplacedWhole() throws IOException {
        Path file = dir.resolve("a.txt");
        OutputFile.writeString(file, "first");
        assertEquals("first", Files.readString(file));
        OutputFile.writeString(file, "second, longer");
        assertEquals("second, longer", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir), "no temporary file is left");
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "keep");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + file + ": disk full", e.getMessage());
        assertEquals("keep", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aFolderIsNeverWrittenOrRemovedEvenWhenEmpty() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        IOException e = assertThrows(IOException.class, () -> OutputFile.writeString(folder, "x"));
        assertEquals("cannot write " + folder + ": it is a folder, not a file", e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("nope").resolve("x.png");
        IOException e = assertThrows(IOException.class, () -> OutputFile.check(file));
        assertEquals("cannot write " + file + ": the folder " + dir.resolve("nope") + " does not exist",
                e.getMessage());
    }

    @Test
    void aLinkIsFollowedAndTheFileItPointsToReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("target.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        OutputFile.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(target));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        IOException e = assertThrows(IOException.class, () -> OutputFile.check(dangling));
        assertTrue(e.getMessage().endsWith("it is a link to nothing"), e.getMessage());
    }

    @Test
    void aSpecialFileIsRefused() {
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            IOException e = assertThrows(IOException.class, () -> OutputFile.check(device));
            assertEquals("cannot write /dev/null: it is not a regular file", e.getMessage());
        }
    }

    @Test
    void aFileInAFolderWhereNothingCanBeMadeIsRefusedSayingSoAndKept() throws IOException {
        Path kernel = Path.of("/proc/version");
        if (Files.isRegularFile(kernel)) {
            String before = Files.readString(kernel);
            IOException e = assertThrows(IOException.class, () -> OutputFile.writeString(kernel, "x"));
            assertTrue(e.getMessage().startsWith("cannot write /proc/version: no new file can be made in its folder /proc"),
                    e.getMessage());
            assertEquals(before, Files.readString(kernel));
        }
    }
}
