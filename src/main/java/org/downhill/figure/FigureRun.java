package org.downhill.figure;

import java.util.Objects;
import org.downhill.diagnose.Diagnosis;
import org.downhill.figure.sketch.Rgba;
import org.downhill.sim.Trajectory;

/**
 * One run as a figure shows it: its name and colour in the legend, whether it is drawn, its rows
 * and its diagnosis (the legend's badge and the overshoot markers). Immutable.
 *
 * @param name       the name in the legend
 * @param color      the colour of its path
 * @param visible    whether it is drawn
 * @param trajectory its simulated rows
 * @param diagnosis  what the rows show
 */
public record FigureRun(String name, Rgba color, boolean visible, Trajectory trajectory, Diagnosis diagnosis) {
    /** Checks that everything is given. */
    public FigureRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
