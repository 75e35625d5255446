package org.downhill.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * JavaFX's rendering settings, chosen before the toolkit starts (it reads them once), each unless
 * the user set it:
 * <ul>
 *   <li>{@code prism.forceGPU=true}: the OpenGL pipeline even where JavaFX would refuse a software
 *       renderer, so that the 3D view works on software OpenGL too (virtual machines, Xvfb);</li>
 *   <li>{@code prism.forceUploadingPainter=true} where that OpenGL is software
 *       ({@link #softwareOpenGl}): JavaFX then renders each frame's changed area into a texture
 *       and hands the window its pixels, instead of drawing the whole window again through OpenGL
 *       and swapping buffers, which on Mesa's llvmpipe costs 48 ms of processor time per frame
 *       for an empty 1280 x 720 window (3 ms this way; docs/performance.md, Frame rate).</li>
 * </ul>
 * With a GPU nothing changes.
 */
public final class RenderingSettings {
    private static final Set<String> SOFTWARE_GALLIUM_DRIVERS = Set.of("llvmpipe", "softpipe", "swr");

    private RenderingSettings() {
    }

    /** Sets the app's rendering settings in the system properties, reading this machine's devices and environment. */
    public static void apply() {
        apply(System.getProperties(), softwareOpenGl(System.getProperty("os.name", ""), System.getenv(), Path.of("/dev")));
    }

    /** Puts the settings into {@code properties}, keeping any already there. */
    static void apply(Properties properties, boolean softwareOpenGl) {
        properties.putIfAbsent("prism.forceGPU", "true");
        if (softwareOpenGl) {
            properties.putIfAbsent("prism.forceUploadingPainter", "true");
        }
    }

    /**
     * Whether OpenGL will be Mesa's software renderer: on Linux, when Mesa is told to render in
     * software ({@code LIBGL_ALWAYS_SOFTWARE} set to anything but 0 or false, or
     * {@code GALLIUM_DRIVER} llvmpipe, softpipe or swr), or when the machine has no GPU device for
     * it to use: no DRM card or render node in {@code devices/dri} and no NVIDIA device
     * ({@code devices/nvidiactl}). On other systems, never: their pipelines (Direct3D, Metal or
     * OpenGL through the system's driver) are left as they are.
     */
    static boolean softwareOpenGl(String osName, Map<String, String> env, Path devices) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false;
        }
        String software = env.getOrDefault("LIBGL_ALWAYS_SOFTWARE", "").trim().toLowerCase(Locale.ROOT);
        if (!software.isEmpty() && !software.equals("0") && !software.equals("false")) {
            return true;
        }
        if (SOFTWARE_GALLIUM_DRIVERS.contains(env.getOrDefault("GALLIUM_DRIVER", "").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return !hasGpuDevice(devices);
    }

    private static boolean hasGpuDevice(Path devices) {
        if (Files.exists(devices.resolve("nvidiactl"))) {
            return true;
        }
        try (Stream<Path> dri = Files.list(devices.resolve("dri"))) {
            return dri.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("card") || n.startsWith("renderD"));
        } catch (IOException | SecurityException noDriDirectory) {
            return false;
        }
    }
}
