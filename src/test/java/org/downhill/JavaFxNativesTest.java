package org.downhill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxNativesTest {

    @Test
    void namesThePlatformsJavaFxShipsFor() {
        assertEquals("linux-x64", JavaFxNatives.platform("Linux", "amd64"));
        assertEquals("linux-aarch64", JavaFxNatives.platform("Linux", "aarch64"));
        assertEquals("mac-x64", JavaFxNatives.platform("Mac OS X", "x86_64"));
        assertEquals("mac-aarch64", JavaFxNatives.platform("Mac OS X", "aarch64"));
        assertEquals("win-x64", JavaFxNatives.platform("Windows 11", "amd64"));
        assertNull(JavaFxNatives.platform("Windows 10", "x86"));
        assertNull(JavaFxNatives.platform("FreeBSD", "amd64"));
    }

    /** A jar with the given entries (name to content). */
    private static Path jar(Path dir, String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unpacksOnlyThisPlatformsLibrariesOnceAndANewBuildIntoANewFolder(@TempDir Path dir) throws Exception {
        Path first = jar(dir, "a.jar", Map.of(
                "natives/linux-aarch64/libglass.so", "arm glass",
                "natives/linux-x64/libglass.so", "x64 glass",
                "natives/linux-x64/libprism_es2.so", "x64 es2",
                "natives/win-x64/glass.dll", "win glass",
                "org/downhill/Main.class", "class"));
        Path root = dir.resolve("cache");
        Path folder;
        try (JarFile jar = new JarFile(first.toFile())) {
            folder = JavaFxNatives.extract(jar, "linux-aarch64", root);
            assertEquals(List.of("libglass.so"), names(folder));
            assertArrayEquals("arm glass".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(folder.resolve("libglass.so")));

            folder = JavaFxNatives.extract(jar, "linux-x64", root);
            assertEquals(List.of("libglass.so", "libprism_es2.so"), names(folder));
            assertEquals("x64 es2", Files.readString(folder.resolve("libprism_es2.so")));
            FileTime written = FileTime.fromMillis(1_000_000);
            Files.setLastModifiedTime(folder.resolve("libglass.so"), written);
            assertEquals(folder, JavaFxNatives.extract(jar, "linux-x64", root));
            assertEquals(written, Files.getLastModifiedTime(folder.resolve("libglass.so")), "kept, not rewritten");
            assertNull(JavaFxNatives.extract(jar, "mac-aarch64", root));
        }
        Path second = jar(dir, "b.jar", Map.of("natives/linux-x64/libglass.so", "x64 glass, next build"));
        try (JarFile jar = new JarFile(second.toFile())) {
            Path next = JavaFxNatives.extract(jar, "linux-x64", root);
            assertNotEquals(folder, next);
            assertEquals("x64 glass, next build", Files.readString(next.resolve("libglass.so")));
        }
    }
}
