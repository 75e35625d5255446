package org.downhill.ui.plane;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import org.downhill.figure.Ball;
import org.downhill.figure.FigureRun;
import org.downhill.figure.PlaneLayout;
import org.downhill.figure.PlanePainter;
import org.downhill.figure.PlaneScene;
import org.downhill.figure.TestPath;
import org.downhill.figure.sketch.Sketch;
import org.downhill.scenario.Scenario;
import org.downhill.sim.Edit;
import org.downhill.ui.sketch.CanvasSketch;

/**
 * What the 2D view draws over the runs' trails, in three layers: a canvas with the changes ahead
 * of the step and the exit marks ({@link PlanePainter#paintMarksUnder}), the balls as small moving
 * nodes ({@link BallNodes}), and a canvas with the range test's path, the start points, the step
 * anatomy and the legend ({@link PlanePainter#paintMarksOver}). The two canvases are drawn again
 * only when what they show changed (the runs, the range test, the display, the layout, which runs
 * are in view and how many changes each has passed), so that while the runs play a frame changes
 * only the pixels around the balls. Every ball lies over every change ahead and exit mark (in a
 * figure a later run's marks lie over an earlier run's ball).
 */
final class MarkLayers {
    private final Canvas under = new Canvas();
    private final Canvas over = new Canvas();
    private final Sketch underSketch = new CanvasSketch(under);
    private final Sketch overSketch = new CanvasSketch(over);
    private final BallNodes balls = new BallNodes();
    private final PlanePainter painter = new PlanePainter();
    private Content drawn;

    /** What the canvases show. */
    private record Content(List<FigureRun> runs, TestPath test, Scenario.Display display, PlaneLayout layout,
                           List<Integer> inView, List<Integer> changesAhead) {
    }

    /** The layers' nodes, bottom to top. */
    List<Node> nodes() {
        return List.of(under, balls.node(), over);
    }

    /** Makes the canvases w x h pixels; the next {@link #paint} draws them again. */
    void resize(double w, double h) {
        for (Canvas c : new Canvas[] {under, over}) {
            c.setWidth(w);
            c.setHeight(h);
        }
        drawn = null;
    }

    /**
     * Brings the layers to the scene laid out as given, in plot coordinates moved by (dx, dy).
     *
     * @param always draws the canvases again even if what they show did not change
     * @return the sketch of the top canvas, translated by (dx, dy) and saved (restore it), if it
     *         was drawn again; else null
     */
    Sketch paint(PlaneScene scene, PlaneLayout layout, double dx, double dy, boolean always) {
        List<Ball> shown = PlanePainter.balls(scene, layout.viewport());
        balls.show(shown, scene.display().textScale(), dx, dy);
        Content now = new Content(scene.runs(), scene.testPath(), scene.display(), layout,
                shown.stream().map(Ball::run).toList(), changesAhead(scene));
        if (!always && now.equals(drawn)) {
            return null;
        }
        drawn = now;
        for (Canvas c : new Canvas[] {under, over}) {
            c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
        }
        underSketch.save();
        underSketch.translate(dx, dy);
        painter.paintMarksUnder(underSketch, scene, layout);
        underSketch.restore();
        overSketch.save();
        overSketch.translate(dx, dy);
        painter.paintMarksOver(overSketch, scene, layout);
        return overSketch;
    }

    /** How many of each run's changes lie after the scene's step. */
    private static List<Integer> changesAhead(PlaneScene scene) {
        List<Integer> ahead = new ArrayList<>();
        for (FigureRun run : scene.runs()) {
            int n = 0;
            for (Edit e : run.trajectory().appliedEdits()) {
                n += e.step() > scene.step() ? 1 : 0;
            }
            ahead.add(n);
        }
        return ahead;
    }
}
