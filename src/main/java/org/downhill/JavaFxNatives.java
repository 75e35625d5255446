package org.downhill;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * JavaFX's native libraries for the platform the app runs on, out of {@code downhill.jar}.
 *
 * <p>The jar carries the libraries of every supported platform, each under
 * {@value #FOLDER}{@code <platform>/} ({@link #platform}: {@code linux-x64}, {@code linux-aarch64},
 * {@code mac-x64}, {@code mac-aarch64}, {@code win-x64}), because the x64 and arm64 builds of one
 * system have the same file names and JavaFX itself only looks for them at the jar's root. Before
 * JavaFX starts, {@link #install} copies this platform's folder to
 * {@code <downhill.home>/natives/<platform>-<checksum>/} (once; the checksum is taken over the
 * libraries' CRC-32s, so another JavaFX build gets another folder) and puts that folder first on
 * {@code java.library.path}, where JavaFX's loader ({@code com.sun.glass.utils.NativeLibLoader})
 * finds them. Run from anything but such a jar (the IDE, {@code mvn javafx:run}, a packaged app
 * whose JavaFX is in its runtime), it does nothing.
 */
public final class JavaFxNatives {
    /** Where the jar keeps the libraries, one sub-folder per platform. */
    public static final String FOLDER = "natives/";

    private JavaFxNatives() {
    }

    /**
     * The platform's folder name for a system and processor as Java names them
     * ({@code os.name}, {@code os.arch}): {@code <linux|mac|win>-<x64|aarch64>}, or null for any
     * other system or processor.
     */
    public static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "linux"
                : os.startsWith("mac") ? "mac"
                : os.startsWith("windows") ? "win" : null;
        String cpu = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return system == null || cpu == null ? null : system + "-" + cpu;
    }

    /**
     * Makes this platform's libraries loadable when the app runs from a jar that carries them:
     * copies them to the app's folder under {@code home} if they are not there yet and prepends
     * that folder to {@code java.library.path}. Never throws: a failure is reported on standard
     * error in one line, and JavaFX then says what it misses.
     */
    public static void install(Path home) {
        Path jar = codeJar();
        String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (jar == null || platform == null) {
            return;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Path folder = extract(file, platform, home.resolve("natives"));
            if (folder != null) {
                String path = System.getProperty("java.library.path", "");
                System.setProperty("java.library.path",
                        folder + (path.isEmpty() ? "" : File.pathSeparator + path));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Downhill: could not unpack JavaFX's native libraries: " + e.getMessage());
        }
    }

    /**
     * Copies the jar's libraries of a platform into a folder under {@code root} named after the
     * platform and their checksum; files already there with the right size are kept, new ones are
     * written to a temporary file and moved into place, so no half-written library is ever seen
     * (also when two instances start at once).
     *
     * @return the folder, or null if the jar has no libraries for the platform
     */
    static Path extract(JarFile jar, String platform, Path root) throws IOException {
        String prefix = FOLDER + platform + "/";
        List<JarEntry> libraries = new ArrayList<>();
        CRC32 checksum = new CRC32();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
            JarEntry entry = e.nextElement();
            if (entry.getName().startsWith(prefix) && !entry.isDirectory()
                    && entry.getName().indexOf('/', prefix.length()) < 0) {
                libraries.add(entry);
                checksum.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                checksum.update(Long.toString(entry.getCrc()).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (libraries.isEmpty()) {
            return null;
        }
        Path folder = root.resolve(platform + "-" + Long.toHexString(checksum.getValue()));
        Files.createDirectories(folder);
        for (JarEntry entry : libraries) {
            Path target = folder.resolve(entry.getName().substring(prefix.length()));
            if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                continue;
            }
            Path part = Files.createTempFile(folder, ".part", null);
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // another instance starting at the same time may have put it there (and hold it open)
                if (!Files.isRegularFile(target) || Files.size(target) != entry.getSize()) {
                    throw e;
                }
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return folder;
    }

    /** The jar this class was loaded from, or null when it was not loaded from a jar file. */
    private static Path codeJar() {
        CodeSource source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
