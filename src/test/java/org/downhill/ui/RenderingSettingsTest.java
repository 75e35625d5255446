package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingSettingsTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @TempDir
    Path devices;

    @Test
    void linuxWithoutAGpuDeviceRendersInSoftware() throws IOException {
        assertTrue(RenderingSettings.softwareOpenGl("Linux", NO_ENV, devices), "no dri directory");
        Files.createDirectories(devices.resolve("dri").resolve("by-path"));
        assertTrue(RenderingSettings.softwareOpenGl("Linux", NO_ENV, devices), "an empty dri directory");
    }

    @Test
    void aCardARenderNodeOrAnNvidiaDeviceIsAGpu() throws IOException {
        Path dri = Files.createDirectories(devices.resolve("dri"));
        Files.createFile(dri.resolve("renderD128"));
        assertFalse(RenderingSettings.softwareOpenGl("Linux", NO_ENV, devices));
        Files.delete(dri.resolve("renderD128"));
        Files.createFile(dri.resolve("card0"));
        assertFalse(RenderingSettings.softwareOpenGl("Linux", NO_ENV, devices));
        Files.delete(dri.resolve("card0"));
        Files.createFile(devices.resolve("nvidiactl"));
        assertFalse(RenderingSettings.softwareOpenGl("Linux", NO_ENV, devices));
    }

    @Test
    void mesaToldToRenderInSoftwareDoesSoEvenWithAGpu() throws IOException {
        Files.createFile(Files.createDirectories(devices.resolve("dri")).resolve("card0"));
        assertTrue(RenderingSettings.softwareOpenGl("Linux", Map.of("LIBGL_ALWAYS_SOFTWARE", "1"), devices));
        assertTrue(RenderingSettings.softwareOpenGl("Linux", Map.of("LIBGL_ALWAYS_SOFTWARE", "true"), devices));
        assertTrue(RenderingSettings.softwareOpenGl("Linux", Map.of("GALLIUM_DRIVER", "llvmpipe"), devices));
        assertFalse(RenderingSettings.softwareOpenGl("Linux", Map.of("LIBGL_ALWAYS_SOFTWARE", "0"), devices));
        assertFalse(RenderingSettings.softwareOpenGl("Linux", Map.of("GALLIUM_DRIVER", "iris"), devices));
    }

    @Test
    void otherSystemsKeepTheirPipeline() {
        assertFalse(RenderingSettings.softwareOpenGl("Windows 11", NO_ENV, devices));
        assertFalse(RenderingSettings.softwareOpenGl("Mac OS X", Map.of("LIBGL_ALWAYS_SOFTWARE", "1"), devices));
    }

    @Test
    void theOpenGlPipelineAlwaysAndTheUploadingPainterOnlyInSoftware() {
        Properties gpu = new Properties();
        RenderingSettings.apply(gpu, false);
        assertEquals("true", gpu.get("prism.forceGPU"));
        assertNull(gpu.get("prism.forceUploadingPainter"));
        Properties software = new Properties();
        RenderingSettings.apply(software, true);
        assertEquals("true", software.get("prism.forceGPU"));
        assertEquals("true", software.get("prism.forceUploadingPainter"));
    }

    @Test
    void whatTheUserSetIsKept() {
        Properties chosen = new Properties();
        chosen.setProperty("prism.forceGPU", "false");
        chosen.setProperty("prism.forceUploadingPainter", "false");
        RenderingSettings.apply(chosen, true);
        assertEquals("false", chosen.get("prism.forceGPU"));
        assertEquals("false", chosen.get("prism.forceUploadingPainter"));
    }
}
