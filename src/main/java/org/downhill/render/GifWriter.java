package org.downhill.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
 * Writes an animated GIF frame by frame with the JDK's ImageIO GIF writer, so that an animation of
 * any length never has to be held in memory.
 *
 * <p>Every frame is a full picture of the same size, shown for the same time: GIF counts delays
 * in hundredths of a second, so a frame lasts {@code round(100 / fps)} hundredths, but at least 2,
 * since browsers show shorter delays as 10 hundredths (so at most 50 frames per second). A looping
 * animation carries the NETSCAPE2.0 application extension with a loop count of 0 (forever); one
 * that does not loop carries none and plays once. GIF has at most 256 colours per frame: each
 * frame gets its own palette (the writer's octree quantisation), and alpha is ignored (frames are
 * treated as opaque).
 *
 * <p>Use: {@code try (GifWriter gif = GifWriter.open(out, w, h, 30, true)) { gif.add(frame); ... }}.
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
    private final BufferedImage canvas;
    private boolean first = true;

    private GifWriter(ImageOutputStream stream, Closeable owned, int width, int height, double fps, boolean loop)
            throws IOException {
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
        this.canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /**
     * Starts an animation written to a stream, which stays open after {@link #close()}.
     *
     * @param width  the frame width in pixels, at least 1
     * @param height the frame height in pixels, at least 1
     * @param fps    frames per second, positive (see the class comment for the limits)
     * @param loop   whether the animation plays forever or once
     */
    public static GifWriter open(OutputStream out, int width, int height, double fps, boolean loop) throws IOException {
        return new GifWriter(ImageIO.createImageOutputStream(out), () -> { }, width, height, fps, loop);
    }

    /** Starts an animation written to a file, replacing it; {@link #close()} closes the file. */
    public static GifWriter open(Path file, int width, int height, double fps, boolean loop) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        try {
            return new GifWriter(ImageIO.createImageOutputStream(out), out, width, height, fps, loop);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
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
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a frame of " + width + " x " + height + " needs " + width * height
                    + " pixels, not " + argb.length);
        }
        canvas.setRGB(0, 0, width, height, argb, 0, width);
        write(canvas);
    }

    /** Appends a frame given as an image of the animation's size. */
    public void add(BufferedImage frame) throws IOException {
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frames must be " + width + " x " + height + ", not "
                    + frame.getWidth() + " x " + frame.getHeight());
        }
        Graphics2D g = canvas.createGraphics();
        g.drawImage(frame, 0, 0, null);
        g.dispose();
        write(canvas);
    }

    private void write(BufferedImage image) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
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
            writer.endWriteSequence();
            stream.close();
        } finally {
            writer.dispose();
            owned.close();
        }
    }
}
