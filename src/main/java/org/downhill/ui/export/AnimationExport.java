package org.downhill.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.scene.image.WritableImage;
import org.downhill.render.GifWriter;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.plane.FigureOptions;
import org.downhill.ui.plane.PlaneView;

/**
 * The runs as an animated GIF: the 2D view at steps 0, s, 2s, ... up to the last step asked for
 * (at most {@link #MAX_FRAMES} frames, so s = 1 unless the run is longer), one frame each, at a
 * chosen size, frame rate and looping. Frames are drawn by the view's own figure painter at the
 * playhead; the playhead is put back afterwards. In the app one frame is drawn per screen frame,
 * so the window stays responsive and shows the recording; the command line draws them in a loop.
 */
public final class AnimationExport {
    /** The most frames in one GIF. */
    public static final int MAX_FRAMES = 300;

    private final LabViewModel lab;
    private final PlaneView plane;
    private final double width;
    private final double height;
    private final int lastStep;
    private final int stride;

    /**
     * An animation of a view.
     *
     * @param width    the frame width in view pixels (the GIF's pixels)
     * @param height   the frame height
     * @param lastStep the step of the last frame (the playhead, or the end)
     */
    public AnimationExport(LabViewModel lab, PlaneView plane, double width, double height, int lastStep) {
        this.lab = lab;
        this.plane = plane;
        this.width = Math.max(16, Math.round(width));
        this.height = Math.max(16, Math.round(height));
        this.lastStep = Math.max(0, Math.min(lab.steps(), lastStep));
        this.stride = Math.max(1, (int) Math.ceil((this.lastStep + 1) / (double) MAX_FRAMES));
    }

    /** The number of frames. */
    public int frames() {
        return lastStep / stride + 1;
    }

    /** Writes every frame now, on the calling (FX) thread. */
    public void writeNow(Path file, double fps, boolean loop) throws IOException {
        int saved = lab.playhead();
        try (GifWriter gif = GifWriter.open(file, (int) width, (int) height, fps, loop)) {
            for (int i = 0; i < frames(); i++) {
                gif.add(frame(i));
            }
        } finally {
            lab.setPlayhead(saved);
        }
    }

    /**
     * Writes the frames one per screen frame, then calls {@code done} with null or the error.
     *
     * @param progress told the number of frames written so far
     */
    public void writePaced(Path file, double fps, boolean loop, java.util.function.IntConsumer progress,
                           java.util.function.Consumer<IOException> done) {
        int saved = lab.playhead();
        boolean wasPlaying = lab.playingProperty().get();
        lab.playingProperty().set(false);
        GifWriter gif;
        try {
            gif = GifWriter.open(file, (int) width, (int) height, fps, loop);
        } catch (IOException e) {
            done.accept(e);
            return;
        }
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                IOException failure = null;
                try {
                    gif.add(frame(next++));
                    progress.accept(next);
                    if (next < frames()) {
                        return;
                    }
                } catch (IOException e) {
                    failure = e;
                }
                stop();
                try {
                    gif.close();
                } catch (IOException e) {
                    failure = failure != null ? failure : e;
                }
                lab.setPlayhead(saved);
                lab.playingProperty().set(wasPlaying);
                done.accept(failure);
            }
        }.start();
    }

    private int[] frame(int i) {
        lab.setPlayhead(Math.min(lastStep, i * stride));
        WritableImage image = PlaneFigure.png(plane, width, height, FigureOptions.SCREEN, 1);
        return Images.argb(image);
    }
}
