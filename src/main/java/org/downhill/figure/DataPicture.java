package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.downhill.data.ModelLandscape;
import org.downhill.figure.sketch.Rgba;
import org.downhill.scenario.DataSets;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.Trajectory;

/**
 * What a data view shows: the points of a model's data set, the model at some parameters for
 * each run (in the run's colour), the rows of the batch one run is about to step with, and the
 * model at the exact optimum. Immutable; equal when everything drawn is equal, so a view redraws
 * only when this changes.
 *
 * @param landscape the model on data
 * @param fits      the model of each shown run at the playhead
 * @param batch     the row indices of the batch highlighted (empty for none, e.g. a full batch)
 * @param xLabel    the label of the horizontal axis (the first feature)
 * @param yLabel    the label of the vertical axis (the target, or the second feature)
 */
public record DataPicture(ModelLandscape landscape, List<Fit> fits, List<Integer> batch, String xLabel,
                          String yLabel) {

    /**
     * One run's model.
     *
     * @param name  the run's name (for a figure's key)
     * @param color the run's colour
     * @param p1    the first parameter (w, or w1)
     * @param p2    the second parameter (b, w2 or v)
     */
    public record Fit(String name, Rgba color, double p1, double p2) {
        /** Checks the name and colour. */
        public Fit {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(color, "color");
        }
    }

    /** Copies the lists. */
    public DataPicture {
        Objects.requireNonNull(landscape, "landscape");
        fits = List.copyOf(fits);
        batch = List.copyOf(batch);
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
    }

    /**
     * The data view of a scene of a model on data ({@link #of(ModelLandscape, List, FigureRun, int)}
     * at its step, with its selected run), or null when its landscape is a formula.
     */
    public static DataPicture of(PlaneScene scene) {
        return scene.landscape() instanceof ModelLandscape f ? of(f, scene.runs(), scene.selectedRun(), scene.step())
                : null;
    }

    /**
     * The data view at step k: each visible run on this model with its model at the point it has
     * reached (its last point if it stopped earlier), and the rows of the batch the selected run
     * steps with from step k (none for a full batch, a run without batches, a hidden run, or once
     * the run has ended); the axes named after the columns ({@link DataSets#axisLabel}).
     *
     * @param selected the selected run, or null
     */
    public static DataPicture of(ModelLandscape f, List<FigureRun> runs, FigureRun selected, int k) {
        List<Fit> fits = new ArrayList<>();
        for (FigureRun run : runs) {
            Trajectory t = run.trajectory();
            if (run.visible() && f.equals(t.plan().spec().landscape())) {
                int at = Math.min(k, t.lastStep());
                fits.add(new Fit(run.name(), run.color(), t.x(at), t.y(at)));
            }
        }
        List<Integer> batch = new ArrayList<>();
        if (selected != null && selected.visible()) {
            Trajectory t = selected.trajectory();
            BatchPlan plan = t.plan().spec().batchPlan();
            if (plan != null && plan.batching().effectiveSize(f.rows()) < f.rows() && k < t.lastStep()) {
                for (int row : plan.rowsOf(k)) {
                    batch.add(row);
                }
            }
        }
        return new DataPicture(f, fits, batch, DataSets.axisLabel(f.data(), f.columns().get(0)),
                DataSets.axisLabel(f.data(), f.columns().get(1)));
    }
}
