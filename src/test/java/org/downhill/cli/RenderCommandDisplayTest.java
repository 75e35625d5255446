package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code downhill render --view 3d} on a real display (the {@code display} profile, under Xvfb on CI). */
@Tag("display")
class RenderCommandDisplayTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPresetRendersIn3dAtTheScaleAskedFor() throws Exception {
        Path png = dir.resolve("surface.png");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "render",
                "--preset", "rosenbrock-sgd-adam", "--view", "3d", "--out", png.toString(), "--width", "640",
                "--height", "480", "--scale", "2");
        assertEquals(0, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 200, "a shaded surface, not a blank picture: " + colours.size() + " colours");
    }
}
