package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {
    private static final int W = 8;
    private static final int H = 5;
    private static final int[] COLORS = {0xFFD55E00, 0xFF56B4E9, 0xFF009E73};

    private static int[] filled(int argb) {
        int[] pixels = new int[W * H];
        Arrays.fill(pixels, argb);
        return pixels;
    }

    private static byte[] animation(double fps, boolean loop) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GifWriter gif = GifWriter.open(out, W, H, fps, loop, GifPalette.of(COLORS))) {
            for (int c : COLORS) {
                gif.add(filled(c));
            }
        }
        return out.toByteArray();
    }

    /** What a reader finds: the frames, and the metadata of each. */
    private record Read(BufferedImage[] frames, IIOMetadataNode[] metadata) {
    }

    private static Read read(InputStream in) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(stream);
            int n = reader.getNumImages(true);
            BufferedImage[] frames = new BufferedImage[n];
            IIOMetadataNode[] metadata = new IIOMetadataNode[n];
            for (int i = 0; i < n; i++) {
                frames[i] = reader.read(i);
                metadata[i] = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
            }
            reader.dispose();
            return new Read(frames, metadata);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        return null;
    }

    @Test
    void aLoopingAnimationHasEveryFrameItsDelayAndTheNetscapeLoopForever() throws IOException {
        Read gif = read(new ByteArrayInputStream(animation(25, true)));
        assertEquals(COLORS.length, gif.frames().length);
        for (int i = 0; i < COLORS.length; i++) {
            assertEquals(COLORS[i], gif.frames()[i].getRGB(W - 1, H - 1), "frame " + i);
            assertEquals("4", child(gif.metadata()[i], "GraphicControlExtension").getAttribute("delayTime"));
        }
        IIOMetadataNode netscape = (IIOMetadataNode) child(gif.metadata()[0], "ApplicationExtensions").item(0);
        assertEquals("NETSCAPE", netscape.getAttribute("applicationID"));
        assertEquals("2.0", netscape.getAttribute("authenticationCode"));
        byte[] loop = (byte[]) netscape.getUserObject();
        assertEquals(1, loop[0]);
        assertEquals(0, (loop[1] & 0xFF) | (loop[2] & 0xFF) << 8, "loop count 0: forever");
        assertNull(child(gif.metadata()[1], "ApplicationExtensions"), "the loop extension comes once");
    }

    @Test
    void anAnimationThatPlaysOnceHasNoLoopExtension() throws IOException {
        Read gif = read(new ByteArrayInputStream(animation(10, false)));
        assertEquals(COLORS.length, gif.frames().length);
        for (IIOMetadataNode m : gif.metadata()) {
            assertNull(child(m, "ApplicationExtensions"));
            assertEquals("10", child(m, "GraphicControlExtension").getAttribute("delayTime"));
        }
    }

    @Test
    void theDelayIsTheFrameTimeInHundredthsButAtLeastTwo() {
        assertEquals(100, GifWriter.delayCentiseconds(1));
        assertEquals(3, GifWriter.delayCentiseconds(30));
        assertEquals(2, GifWriter.delayCentiseconds(60));
        assertEquals(2, GifWriter.delayCentiseconds(1000));
    }

    @Test
    void framesMayBeImagesAndGoToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.gif");
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(2, 3, 0xFFFFFFFF);
        try (GifWriter gif = GifWriter.open(file, W, H, 50, true)) {
            gif.add(image);
            gif.add(filled(0xFF000000));
        }
        try (InputStream in = Files.newInputStream(file)) {
            Read gif = read(in);
            assertEquals(2, gif.frames().length);
            assertEquals(0xFFFFFFFF, gif.frames()[0].getRGB(2, 3));
            assertEquals(0xFF000000, gif.frames()[0].getRGB(0, 0), "transparent pixels come out opaque black");
        }
    }

    @Test
    void aFrameAfterTheFirstHoldsOnlyTheRectangleThatChangedAndTheEndMayPause() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] second = filled(COLORS[0]);
        second[2 * W + 3] = COLORS[1];
        second[3 * W + 5] = COLORS[2];
        try (GifWriter gif = GifWriter.open(out, W, H, 25, true, GifPalette.of(COLORS))) {
            gif.add(filled(COLORS[0]));
            gif.add(second, 200);
        }
        Read gif = read(new ByteArrayInputStream(out.toByteArray()));
        IIOMetadataNode box = child(gif.metadata()[1], "ImageDescriptor");
        assertEquals("3", box.getAttribute("imageLeftPosition"));
        assertEquals("2", box.getAttribute("imageTopPosition"));
        assertEquals("3", box.getAttribute("imageWidth"));
        assertEquals("2", box.getAttribute("imageHeight"));
        IIOMetadataNode control = child(gif.metadata()[1], "GraphicControlExtension");
        assertEquals("doNotDispose", control.getAttribute("disposalMethod"));
        assertEquals("TRUE", control.getAttribute("transparentColorFlag"));
        assertEquals("200", control.getAttribute("delayTime"), "the end pause");
        BufferedImage part = gif.frames()[1];
        assertEquals(COLORS[1], part.getRGB(0, 0));
        assertEquals(COLORS[2], part.getRGB(2, 1));
        assertEquals(0, part.getRGB(1, 0) >>> 24, "an unchanged pixel inside the rectangle is transparent");
    }

    @Test
    void aSmoothColourMapKeepsItsStepsSoItDoesNotBand() {
        int[] lut = ColorMap.defaultMap().lut();
        int[] frame = new int[256 * 40 + 300];
        for (int i = 0; i < 256 * 40; i++) {
            frame[i] = lut[i / 40];
        }
        for (int i = 256 * 40; i < frame.length; i++) {
            frame[i] = COLORS[i % COLORS.length];
        }
        GifPalette palette = GifPalette.of(frame);
        assertTrue(palette.size() <= GifPalette.COLORS);
        for (int c : COLORS) {
            assertEquals(c & 0xFFFFFF, palette.color(palette.index(c)), "a run's colour is kept exactly");
        }
        int worst = 0;
        for (int v : lut) {
            int p = palette.color(palette.index(v));
            for (int shift = 0; shift <= 16; shift += 8) {
                worst = Math.max(worst, Math.abs((p >> shift & 0xFF) - (v >> shift & 0xFF)));
            }
        }
        assertTrue(worst <= 3, "every step of the colour map within 3 levels of its own colour: " + worst);
    }

    @Test
    void badArgumentsAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> GifWriter.open(out, W, H, 0, true));
        assertThrows(IllegalArgumentException.class, () -> GifWriter.open(out, W, H, Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> GifWriter.open(out, 0, H, 30, true));
        try (GifWriter gif = GifWriter.open(out, W, H, 30, true)) {
            assertThrows(IllegalArgumentException.class, () -> gif.add(new int[W * H - 1]));
            assertThrows(IllegalArgumentException.class, () -> gif.add(new BufferedImage(W + 1, H, BufferedImage.TYPE_INT_RGB)));
            gif.add(filled(0xFF123456));
        }
    }
}
