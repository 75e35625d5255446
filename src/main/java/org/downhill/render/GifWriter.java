package org.downhill.render;

import java.awt.image.IndexColorModel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF frame by frame with the JDK's ImageIO GIF writer (its LZW compression),
 * so that an animation of any length never has to be held in memory, and small:
 * <ul>
 *   <li>every frame uses one {@link GifPalette} (given, or made from the first frame), written
 *       once as the global colour table, so colours do not flicker or band differently from
 *       frame to frame;</li>
 *   <li>after the first, a frame holds only the rectangle of pixels that changed since the frame
 *       before, the unchanged ones inside it transparent ({@link GifPalette#TRANSPARENT}), each
 *       frame drawn over the last one (disposal "do not dispose"): a ball moving over a landscape
 *       costs the few pixels it moved, not the landscape again; a frame with nothing changed is
 *       one transparent pixel.</li>
 * </ul>
 * A frame lasts {@code round(100 / fps)} hundredths of a second, but at least 2, since browsers
 * show shorter delays as 10 hundredths (so at most 50 frames per second), or as long as
 * {@link #add(int[], int)} says (an end pause). A looping animation carries the NETSCAPE2.0
 * application extension with a loop count of 0 (forever); one that does not loop carries none
 * and plays once. Alpha is ignored (frames are treated as opaque).
 *
 * <p>Use: {@code try (GifWriter gif = GifWriter.open(out, w, h, 30, true, palette)) { gif.add(frame); ... }}.
 * Not thread-safe.
 */
public final class GifWriter implements Closeable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final Closeable owned;
    private final int width;
    private final int height;
    private final int delay;
    private final boolean loop;
    private final int[] pixels;
    private GifPalette palette;
    private IndexColorModel model;
    private byte[] shown;
    /** The frame before {@link #shown}, reused for the next frame's indices. */
    private byte[] spare;
    private boolean first = true;

    private GifWriter(ImageOutputStream stream, Closeable owned, int width, int height, double fps, boolean loop,
                      GifPalette palette) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("frame size must be positive, not " + width + " x " + height);
        }
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be a positive number, not " + fps);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no GIF writer");
        }
        this.writer = writers.next();
        this.stream = stream;
        this.owned = owned;
        this.width = width;
        this.height = height;
        this.delay = delayCentiseconds(fps);
        this.loop = loop;
        this.pixels = new int[width * height];
        writer.setOutput(stream);
        if (palette != null) {
            usePalette(palette);
        }
    }

    /**
     * Starts an animation written to a stream, which stays open after {@link #close()}, its
     * palette made from the first frame.
     *
     * @param width  the frame width in pixels, at least 1
     * @param height the frame height in pixels, at least 1
     * @param fps    frames per second, positive (see the class comment for the limits)
     * @param loop   whether the animation plays forever or once
     */
    public static GifWriter open(OutputStream out, int width, int height, double fps, boolean loop) throws IOException {
        return open(out, width, height, fps, loop, null);
    }

    /**
     * Starts an animation written to a stream, which stays open after {@link #close()}, with the
     * colours of a palette (null: made from the first frame).
     */
    public static GifWriter open(OutputStream out, int width, int height, double fps, boolean loop,
                                 GifPalette palette) throws IOException {
        return new GifWriter(ImageIO.createImageOutputStream(out), () -> { }, width, height, fps, loop, palette);
    }

    /** Starts an animation written to a file, replacing it; {@link #close()} closes the file. */
    public static GifWriter open(Path file, int width, int height, double fps, boolean loop) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        try {
            return new GifWriter(ImageIO.createImageOutputStream(out), out, width, height, fps, loop, null);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Takes the palette and starts the file with it as the global colour table. */
    private void usePalette(GifPalette p) throws IOException {
        palette = p;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < p.size(); i++) {
            r[i] = (byte) (p.color(i) >> 16);
            g[i] = (byte) (p.color(i) >> 8);
            b[i] = (byte) p.color(i);
        }
        model = new IndexColorModel(8, 256, r, g, b, GifPalette.TRANSPARENT);
        IIOMetadata streamData = writer.getDefaultStreamMetadata(null);
        String format = "javax_imageio_gif_stream_1.0";
        IIOMetadataNode root = (IIOMetadataNode) streamData.getAsTree(format);
        IIOMetadataNode table = child(root, "GlobalColorTable");
        while (table.getLength() > 0) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(r[i] & 0xFF));
            entry.setAttribute("green", Integer.toString(g[i] & 0xFF));
            entry.setAttribute("blue", Integer.toString(b[i] & 0xFF));
            table.appendChild(entry);
        }
        try {
            streamData.setFromTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the GIF stream metadata tree was refused", e);
        }
        writer.prepareWriteSequence(streamData);
    }

    /**
     * The delay of each frame in hundredths of a second for a frame rate: {@code round(100 / fps)},
     * at least 2.
     */
    public static int delayCentiseconds(double fps) {
        return (int) Math.max(2, Math.min(65535, Math.round(100 / fps)));
    }

    /**
     * Appends a frame given as ARGB pixels, row by row from the top left.
     *
     * @param argb {@code width * height} pixels
     */
    public void add(int[] argb) throws IOException {
        add(argb, delay);
    }

    /**
     * Appends a frame given as ARGB pixels shown for {@code centiseconds} (at least 2, at most
     * 65535), e.g. a pause at the end.
     */
    public void add(int[] argb, int centiseconds) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a frame of " + width + " x " + height + " needs " + width * height
                    + " pixels, not " + argb.length);
        }
        if (centiseconds < 2 || centiseconds > 65535) {
            throw new IllegalArgumentException("a frame lasts 2 to 65535 hundredths of a second, not " + centiseconds);
        }
        if (palette == null) {
            usePalette(GifPalette.of(argb));
        }
        byte[] next = spare != null ? spare : new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            next[i] = (byte) palette.index(argb[i]);
        }
        write(next, centiseconds);
    }

    /** Appends a frame given as an image of the animation's size. */
    public void add(BufferedImage frame) throws IOException {
        add(frame, delay);
    }

    /** Appends a frame given as an image of the animation's size, shown for {@code centiseconds}. */
    public void add(BufferedImage frame, int centiseconds) throws IOException {
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frames must be " + width + " x " + height + ", not "
                    + frame.getWidth() + " x " + frame.getHeight());
        }
        frame.getRGB(0, 0, width, height, pixels, 0, width);
        add(pixels, centiseconds);
    }

    /** Writes the changed rectangle of a frame of palette indices (all of the first). */
    private void write(byte[] next, int centiseconds) throws IOException {
        int x0 = 0;
        int y0 = 0;
        int x1 = width;
        int y1 = height;
        if (shown != null) {
            x0 = width;
            y0 = height;
            x1 = 0;
            y1 = 0;
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    if (next[row + x] != shown[row + x]) {
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x + 1);
                        y0 = Math.min(y0, y);
                        y1 = Math.max(y1, y + 1);
                    }
                }
            }
            if (x1 <= x0) {
                x0 = 0;
                y0 = 0;
                x1 = 1;
                y1 = 1;
            }
        }
        int w = x1 - x0;
        int h = y1 - y0;
        byte[] part = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int from = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++) {
                byte v = next[from + x];
                part[y * w + x] = shown != null && v == shown[from + x] ? (byte) GifPalette.TRANSPARENT : v;
            }
        }
        // the image wraps the indices (no copy)
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(part, part.length), w, h, w, 1,
                new int[] {0}, null);
        writeImage(new BufferedImage(model, raster, false, null), x0, y0, centiseconds);
        spare = shown;
        shown = next;
    }

    private void writeImage(BufferedImage image, int x, int y, int centiseconds) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode local = child(root, "LocalColorTable");
        root.removeChild(local);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(y));
        descriptor.setAttribute("imageWidth", Integer.toString(image.getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(image.getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        control.setAttribute("delayTime", Integer.toString(centiseconds));
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        if (first && loop) {
            IIOMetadataNode extension = new IIOMetadataNode("ApplicationExtension");
            extension.setAttribute("applicationID", "NETSCAPE");
            extension.setAttribute("authenticationCode", "2.0");
            extension.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(extension);
        }
        try {
            metadata.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the GIF metadata tree was refused", e);
        }
        writer.writeToSequence(new IIOImage(image, null, metadata), null);
        first = false;
    }

    /** The child of a metadata node with this name, added if missing. */
    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /** Ends the animation and flushes it; closes the file if {@link #open(Path, int, int, double, boolean)} opened it. */
    @Override
    public void close() throws IOException {
        try {
            if (palette == null) {
                usePalette(GifPalette.of(new int[] {0}));
            }
            writer.endWriteSequence();
            stream.close();
        } finally {
            writer.dispose();
            owned.close();
        }
    }
}
