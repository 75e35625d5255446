package org.downhill.ui.lr;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.downhill.figure.MapFigure;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Outcome;
import org.downhill.sweep.StabilityMap;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.LatestOnly;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;

/**
 * The stability map of the selected run: its regime over the strip's learning rates (log, {@value #LR_POINTS}
 * columns) × momentum, or beta1 for the Adam family, from 0 to 0.99 ({@value #MOMENTUM_POINTS}
 * rows), computed on a worker with progress; a newer request cancels the one running. Clicking a
 * cell sets the run's learning rate and momentum.
 */
public final class StabilityMapModel {
    /** The learning rates of the map. */
    public static final int LR_POINTS = 120;
    /** The momenta of the map. */
    public static final int MOMENTUM_POINTS = 60;
    /** The largest momentum of the map. */
    public static final double MOMENTUM_MAX = 0.99;

    private final LabViewModel lab;
    private final LrStripModel strip;
    private final LatestOnly<MapRequest, Optional<StabilityMap>> maps;
    private final AtomicReference<Cancellation> running = new AtomicReference<>(new Cancellation());
    private final ReadOnlyObjectWrapper<StabilityMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Executor deliver;

    /**
     * @param worker  runs the maps (a background thread)
     * @param deliver shows results and progress (the FX thread)
     */
    public StabilityMapModel(LabViewModel lab, LrStripModel strip, Executor worker, Executor deliver,
                             Sweeper sweeper) {
        this.lab = lab;
        this.strip = strip;
        this.deliver = deliver;
        this.maps = new LatestOnly<>(worker, deliver, q -> compute(sweeper, q));
    }

    /** A map of a run over the learning rates of an axis. */
    record MapRequest(RunSpec spec, LrAxis axis) {
    }

    private Optional<StabilityMap> compute(Sweeper sweeper, MapRequest q) {
        Cancellation cancel = running.get();
        LrAxis axis = q.axis();
        try {
            return Optional.of(StabilityMap.run(sweeper, q.spec(), Math.pow(10, axis.lo()), Math.pow(10, axis.hi()),
                    LR_POINTS, 0, MOMENTUM_MAX, MOMENTUM_POINTS, cancel, (done, total) -> {
                        if (done % LR_POINTS == 0 || done == total) {
                            deliver.execute(() -> progress.set((double) done / total));
                        }
                    }));
        } catch (CancellationException e) {
            return Optional.empty();
        }
    }

    /** The newest map; null before the first. */
    public ReadOnlyObjectProperty<StabilityMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The share of the map's runs done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a map is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why no map can be made for the run (an optimizer without momentum), empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Computes the map of the selected run from its start over the strip's learning rates; cancels one running. */
    public void compute() {
        RunViewModel run = lab.selected();
        if (run == null) {
            return;
        }
        try {
            StabilityMap.axisOf(run.settings().optimizer().kind());
        } catch (InvalidParameterException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("");
        running.getAndSet(new Cancellation()).cancel();
        computing.set(true);
        progress.set(0);
        maps.request(new MapRequest(run.planProperty().get().spec().withSettings(run.settings()), strip.axis()),
                (q, result) -> {
            computing.set(false);
            result.ifPresent(map::set);
        });
    }

    /** Stops the map being computed. */
    public void cancel() {
        running.get().cancel();
        maps.cancel();
        computing.set(false);
    }

    /** The selected run's learning rate (NaN without a run). */
    public double lr() {
        return strip.lrProperty().get();
    }

    /** The selected run's momentum (or beta1), NaN if it has none. */
    public double momentum() {
        RunViewModel run = lab.selected();
        if (run == null) {
            return Double.NaN;
        }
        return StabilityMap.momentumOf(run.settings().optimizer());
    }

    /**
     * The map as a figure of width x height units for the selected run now: its theoretical edges
     * ({@link MapFigure#edges}: SGD on a quadratic landscape), its setting as the ring, the text
     * at {@code textScale}; an immutable snapshot, to draw on the canvas or to export. Null
     * before the first map.
     */
    public MapFigure figure(double width, double height, double textScale) {
        StabilityMap m = map.get();
        if (m == null) {
            return null;
        }
        RunViewModel run = lab.selected();
        double[][] edges = run == null ? MapFigure.noEdges() : MapFigure.edges(run.trajectory(), m);
        return new MapFigure(m, edges, lr(), momentum(), textScale, width, height);
    }

    /** What cell (i, j) did, e.g. {@code lr = 0.1, momentum = 0.5: final loss 2e-08, converges in 40 steps}. */
    public String readout(int i, int j) {
        StabilityMap m = map.get();
        Outcome o = m.outcome(i, j);
        return "lr = " + NumberText.short3(m.lr(i)) + ", " + m.axis() + " = " + NumberText.short3(m.momentum(j))
                + ": final loss " + NumberText.short3(o.finalLoss()) + ", " + ScanReading.describe(o);
    }

    /** Sets the selected run's learning rate and momentum (or beta1) to those of cell (i, j). */
    public void choose(int i, int j) {
        RunViewModel run = lab.selected();
        StabilityMap m = map.get();
        if (run != null && m != null) {
            run.change(StabilityMap.with(run.planProperty().get().spec().withSettings(run.settings()), m.lr(i),
                    m.momentum(j)).settings());
        }
    }
}
