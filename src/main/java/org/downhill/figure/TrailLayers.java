package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.render.Viewport;

/**
 * The runs' trails as the app's 2D view keeps them from frame to frame, in two layers drawn by the
 * figure painter ({@link RunPainter#trail}): the halos of all paths, drawn opaque white (the view
 * shows that layer at {@link #HALO_OPACITY}, so overlapping halos look like one halo of
 * {@link FigureStyle#HALO}), under the lines (paths, dots, overshoot rings and the changes passed;
 * while paused, first the faint paths ahead). Both in the plot area's coordinates.
 *
 * <p>Each {@link #paint} brings the layers to the scene's step. While the runs play and the step
 * only went forward, it draws just the steps since the last call, each run's trail going on where
 * it ended, so a frame of the animation costs a few segments instead of every path; anything else
 * (other runs, trajectories, colours or visibility, another viewport or text size, paused, the
 * step moved back) clears the layers and draws every trail from step 0. Appending draws what a
 * redraw draws, except where a new stretch crosses an older one (the newer lies on top) and where
 * different runs' paths cross (every halo lies under every line). While the runs play, a path may
 * stop less than 0.75 pixels short of its ball (under it), so that the stretches of a run that
 * crawls do not pile up; paused, it reaches the step. The marks over the trails are
 * {@link PlanePainter#paintMarksUnder}'s, the balls and {@link PlanePainter#paintMarksOver}'s.
 */
public final class TrailLayers {
    /** The opacity the halo layer is shown at: that of {@link FigureStyle#HALO}. */
    public static final double HALO_OPACITY = FigureStyle.HALO.opacity();

    private final RunPainter painter = new RunPainter();
    private final List<RunPainter.Trail> trails = new ArrayList<>();
    private List<FigureRun> drawnRuns;
    private Viewport drawnViewport;
    private double drawnText;
    private boolean drawnPaused;
    private int drawnStep;

    /** Forgets what was drawn: the next {@link #paint} redraws from step 0 (e.g. the layers were resized). */
    public void invalidate() {
        drawnRuns = null;
    }

    /**
     * Brings the layers to the scene as described above.
     *
     * @param clear clears both layers; run before a redraw from step 0
     * @return whether the layers were cleared and redrawn from step 0
     */
    public boolean paint(Sketch halos, Sketch lines, PlaneScene scene, Viewport viewport, Runnable clear) {
        double text = scene.display().textScale();
        boolean same = drawnRuns != null && scene.paused() == drawnPaused && viewport.equals(drawnViewport)
                && text == drawnText && sameTrails(scene.runs());
        if (same && scene.step() == drawnStep) {
            return false;
        }
        boolean append = same && !scene.paused() && scene.step() > drawnStep;
        if (!append) {
            clear.run();
            trails.clear();
            scene.runs().forEach(r -> trails.add(new RunPainter.Trail()));
            painter.previews(lines, scene, viewport);
        }
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            int last = run.trajectory().lastStep();
            int from = append ? Math.min(drawnStep, last) : 0;
            int to = Math.min(scene.step(), last);
            if (run.visible() && (to > from || !append)) {
                painter.trail(halos, lines, viewport, run, from, to, Rgba.WHITE, text, scene.paused(), trails.get(i));
            }
        }
        drawnRuns = scene.runs();
        drawnViewport = viewport;
        drawnText = text;
        drawnPaused = scene.paused();
        drawnStep = scene.step();
        return !append;
    }

    /** Whether the runs draw the same trails as those drawn: the same trajectories, colours and visibility. */
    private boolean sameTrails(List<FigureRun> runs) {
        if (runs.size() != drawnRuns.size()) {
            return false;
        }
        for (int i = 0; i < runs.size(); i++) {
            FigureRun a = runs.get(i);
            FigureRun b = drawnRuns.get(i);
            if (a.trajectory() != b.trajectory() || !a.color().equals(b.color()) || a.visible() != b.visible()) {
                return false;
            }
        }
        return true;
    }
}
