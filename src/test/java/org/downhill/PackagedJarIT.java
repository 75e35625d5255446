package org.downhill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.downhill.testing.JavaProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/downhill.jar} as built by {@code mvn package} (run by failsafe after it): it
 * carries every platform's JavaFX native libraries and glass toolkit, and it runs.
 */
class PackagedJarIT {
    /** The platforms, with the classifier of JavaFX's jars for each and a class only that platform has. */
    private static final Map<String, String[]> PLATFORMS = Map.of(
            "linux-x64", new String[] {"linux", "com/sun/glass/ui/gtk/GtkApplication.class"},
            "linux-aarch64", new String[] {"linux-aarch64", "com/sun/glass/ui/gtk/GtkApplication.class"},
            "mac-x64", new String[] {"mac", "com/sun/glass/ui/mac/MacApplication.class"},
            "mac-aarch64", new String[] {"mac-aarch64", "com/sun/glass/ui/mac/MacApplication.class"},
            "win-x64", new String[] {"win", "com/sun/prism/d3d/D3DPipeline.class"});

    private static Path jar() {
        return Path.of(System.getProperty("downhill.jar"));
    }

    /** The native libraries at the root of a JavaFX jar, by name, with their CRC-32. */
    private static Map<String, Long> libraries(JarFile jar, String prefix) {
        Map<String, Long> found = new TreeMap<>();
        jar.stream().filter(e -> e.getName().startsWith(prefix) && isLibrary(e.getName().substring(prefix.length())))
                .forEach(e -> found.put(e.getName().substring(prefix.length()), e.getCrc()));
        return found;
    }

    private static boolean isLibrary(String name) {
        return !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"));
    }

    @Test
    void carriesEveryPlatformsNativeLibrariesEachInItsFolder() throws IOException {
        try (JarFile app = new JarFile(jar().toFile())) {
            assertEquals(Map.of(), libraries(app, ""), "nothing at the root, where JavaFX would take it for its own");
            for (Map.Entry<String, String[]> platform : PLATFORMS.entrySet()) {
                Path javafx = Path.of(System.getProperty("downhill.javafxGraphics") + "-" + platform.getValue()[0] + ".jar");
                try (JarFile graphics = new JarFile(javafx.toFile())) {
                    Map<String, Long> expected = libraries(graphics, "");
                    assertTrue(expected.size() >= 7, platform.getKey() + ": " + expected);
                    assertEquals(expected, libraries(app, JavaFxNatives.FOLDER + platform.getKey() + "/"),
                            platform.getKey());
                }
                JarEntry glass = app.getJarEntry(platform.getValue()[1]);
                assertNotNull(glass, platform.getKey() + " needs " + platform.getValue()[1]);
            }
        }
    }

    /** Runs the jar with arguments, its app folder in {@code home}. */
    private static JavaProcess.Result run(Path home, String... args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-Ddownhill.home=" + home, "-Djava.awt.headless=true", "-jar",
                jar().toString()));
        arguments.addAll(List.of(args));
        return JavaProcess.result(arguments.toArray(String[]::new));
    }

    @Test
    void drawsAFigureWithJavaFxFromTheJarAndSaysNothingOnStandardError(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("fig.png");
        JavaProcess.Result result = run(dir.resolve("home"), "render", "--preset", "lr-too-small", "--out",
                png.toString(), "--width", "400", "--height", "300");
        assertEquals(0, result.exitCode(), result.errors());
        assertEquals("", result.errors());
        assertTrue(Files.size(png) > 1000, "a PNG was written");
        String platform = JavaFxNatives.platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        try (var folders = Files.list(dir.resolve("home").resolve("natives"))) {
            assertTrue(folders.anyMatch(f -> f.getFileName().toString().startsWith(platform + "-")),
                    "this platform's libraries were unpacked");
        }
        JavaProcess.Result help = run(dir.resolve("home"), "--help");
        assertEquals(0, help.exitCode());
        assertEquals("", help.errors());
        assertFalse(help.output().isEmpty());
    }
}
