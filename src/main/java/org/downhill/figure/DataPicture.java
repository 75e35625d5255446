package org.downhill.figure;

import java.util.List;
import java.util.Objects;
import org.downhill.data.ModelLandscape;
import org.downhill.figure.sketch.Rgba;

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
     * @param color the run's colour
     * @param p1    the first parameter (w, or w1)
     * @param p2    the second parameter (b, w2 or v)
     */
    public record Fit(Rgba color, double p1, double p2) {
    }

    /** Copies the lists. */
    public DataPicture {
        Objects.requireNonNull(landscape, "landscape");
        fits = List.copyOf(fits);
        batch = List.copyOf(batch);
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
    }
}
