package org.downhill.ui.lr;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.param.RealParam;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Outcome;
import org.downhill.rangetest.RangeTest;
import org.downhill.sweep.Progress;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.LatestOnly;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;

/**
 * The learning-rate strip of the selected run, without a toolkit: a {@link LrAxis} over a track
 * of known width, the run's learning rate on it, the regime of the run at {@value #POINTS}
 * log-spaced rates across the axis (an {@link LrScan}, computed on a worker, newest request only,
 * and only when the run from its start, the landscape, the steps or the axis changed, not its
 * learning rate), the limits 1/L, 2/L (and the momentum edge) and a range test's suggestions.
 *
 * <p>Gestures, in pixels from the track's left end: a press on the thumb grabs it, elsewhere it
 * moves the rate there; a drag moves the rate by {@code dx / width * span} decades, ten times less
 * with Shift (re-anchored where Shift is pressed or released, so the rate never jumps); the axis
 * never changes during a drag. Dragged rates are rounded to 3 significant digits (4 with Shift and
 * for the arrow keys, which move by 1/100 of a decade). A typed value is applied exactly if the
 * learning rate allows it; a refused one leaves its message in {@link #errorProperty()}. When the
 * rate leaves the axis other than by dragging, the axis moves (same span) to show it.
 */
public final class LrStripModel {
    /** The learning rates of a scan. */
    public static final int POINTS = 200;
    /** The decades the strip can show at most, unless a typed rate lies outside: 1e-7 to 100. */
    static final LrAxis OUTER = new LrAxis(-7, 2);
    /** The decades shown at first (when the track allows). */
    static final double FIRST_SPAN = 4;
    /** How near (px) to the thumb a press grabs it instead of moving it. */
    static final double GRAB_PX = 10;

    private final LabViewModel lab;
    private final LatestOnly<ScanRequest, Optional<LrScan>> scans;
    private final ReadOnlyObjectWrapper<LrAxis> axis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LrAxis> outer = new ReadOnlyObjectWrapper<>(OUTER);
    private final ReadOnlyObjectWrapper<LrScan> scan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper lr = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyObjectWrapper<List<LrMark>> theory = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<LrMark>> suggestions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dragging = new ReadOnlyBooleanWrapper();
    private final ChangeListener<RunPlan> onPlan = (obs, old, now) -> refresh();
    private final ChangeListener<Trajectory> onTrajectory = (obs, old, now) -> showTheory(now);
    private double width = 800;
    private RunViewModel run;
    private ScanRequest requested;
    private RunSpec suggestionsFor;
    private double anchorX;
    private double anchorLog;
    private double dragLog;
    private boolean anchorFine;

    /**
     * A strip on the lab's selected run.
     *
     * @param worker  runs the scans (a background thread)
     * @param deliver shows their results (the FX thread)
     * @param sweeper the sweep engine the scans run on
     */
    public LrStripModel(LabViewModel lab, Executor worker, Executor deliver, Sweeper sweeper) {
        this.lab = lab;
        this.scans = new LatestOnly<>(worker, deliver, q -> compute(sweeper, q));
        lab.selectedProperty().addListener((obs, old, now) -> attach(now));
        attach(lab.selected());
    }

    /** What a scan depends on: the run from its start at the axis' lowest rate, the axis, the points. */
    record ScanRequest(RunSpec base, LrAxis axis, int points) {
    }

    private static Optional<LrScan> compute(Sweeper sweeper, ScanRequest q) {
        return Optional.of(scan(sweeper, q.base(), q.axis(), q.points()));
    }

    /** The scan of a run (from {@link #base}) at {@code points} log-spaced rates across the axis. */
    static LrScan scan(Sweeper sweeper, RunSpec base, LrAxis axis, int points) {
        return LrScan.run(sweeper, base, Math.pow(10, axis.lo()), Math.pow(10, axis.hi()), points, new Cancellation(),
                Progress.NONE);
    }

    /** A run from its start with its current settings (on the lab's landscape and steps), at the axis' lowest rate. */
    static RunSpec base(RunViewModel run, LrAxis axis) {
        return LrScan.withLr(run.planProperty().get().spec().withSettings(run.settings()), Math.pow(10, axis.lo()));
    }

    private void attach(RunViewModel next) {
        if (run != null) {
            run.planProperty().removeListener(onPlan);
            run.trajectoryProperty().removeListener(onTrajectory);
        }
        run = next;
        if (run == null) {
            lr.set(Double.NaN);
            theory.set(List.of());
            return;
        }
        run.planProperty().addListener(onPlan);
        run.trajectoryProperty().addListener(onTrajectory);
        showTheory(run.trajectory());
        refresh();
    }

    /** The run from its start with its current settings (on the lab's landscape and steps). */
    private RunSpec baseSpec() {
        return base(run, axis.get());
    }

    private void refresh() {
        double rate = run.settings().optimizer().lr();
        lr.set(rate);
        if (rate > 0) {
            LrAxis around = outer.get();
            double log = Math.log10(rate);
            outer.set(new LrAxis(Math.min(around.lo(), Math.floor(log) - 1), Math.max(around.hi(), Math.ceil(log) + 1)));
            if (axis.get() == null) {
                double span = Math.min(FIRST_SPAN, LrAxis.maxSpan(width));
                axis.set(new LrAxis(log - span * 0.6, log + span * 0.4).inside(outer.get()));
            } else if (!dragging.get() && !axis.get().contains(rate)) {
                axis.set(axis.get().centredOn(rate, rate > Math.pow(10, axis.get().hi()) ? 0.9 : 0.1, outer.get()));
            }
        } else if (axis.get() == null) {
            axis.set(new LrAxis(-4, 0));
        }
        requestScan();
    }

    private void requestScan() {
        RunSpec base = baseSpec();
        ScanRequest q = new ScanRequest(base, axis.get(), POINTS);
        RunSpec key = LrScan.withLr(base, 1);
        if (suggestionsFor != null && !suggestionsFor.equals(key)) {
            suggestions.set(List.of());
            suggestionsFor = null;
        }
        if (q.equals(requested)) {
            return;
        }
        requested = q;
        computing.set(true);
        scans.request(q, (request, result) -> {
            computing.set(false);
            scan.set(result.orElse(null));
        });
    }

    private void showTheory(Trajectory t) {
        List<LrMark> next = t == null ? List.of() : LrMarks.theory(t);
        if (!next.equals(theory.get())) {
            theory.set(next);
        }
    }

    /** The decades on the track. */
    public ReadOnlyObjectProperty<LrAxis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    /** The decades the axis may span: 1e-7 to 100, widened to a decade beyond any rate typed outside. */
    public ReadOnlyObjectProperty<LrAxis> outerProperty() {
        return outer.getReadOnlyProperty();
    }

    /** The newest scan over the axis (of the run as it is, or was when asked); null before the first. */
    public ReadOnlyObjectProperty<LrScan> scanProperty() {
        return scan.getReadOnlyProperty();
    }

    /** Whether a scan is being computed that will replace the one shown. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** The selected run's learning rate (NaN without a run). */
    public ReadOnlyDoubleProperty lrProperty() {
        return lr.getReadOnlyProperty();
    }

    /** The limits 1/L, 2/L and the momentum edge of the selected run, where L is known. */
    public ReadOnlyObjectProperty<List<LrMark>> theoryProperty() {
        return theory.getReadOnlyProperty();
    }

    /** The suggestions of the last range test on the run as it is (cleared when the run changes). */
    public ReadOnlyObjectProperty<List<LrMark>> suggestionsProperty() {
        return suggestions.getReadOnlyProperty();
    }

    /** The message of the last refused typed value, empty if none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the thumb is being dragged. */
    public ReadOnlyBooleanProperty draggingProperty() {
        return dragging.getReadOnlyProperty();
    }

    /** The current axis. */
    public LrAxis axis() {
        return axis.get();
    }

    /** The track's width in pixels. */
    public double width() {
        return width;
    }

    /**
     * Sets the track's width; an axis wider than {@link LrAxis#maxSpan} decades for it is narrowed
     * around the learning rate (or its middle). Ignored during a drag.
     */
    public void setWidth(double px) {
        if (!(px > 0) || dragging.get()) {
            return;
        }
        width = px;
        LrAxis a = axis.get();
        if (a != null && a.span() > LrAxis.maxSpan(px)) {
            setAxis(a.zoom(LrAxis.maxSpan(px) / a.span(), centre(), LrAxis.maxSpan(px), outer.get()));
        }
    }

    /** The x of a learning rate on the track (pixels from its left end). */
    public double x(double rate) {
        return axis.get().fraction(rate) * width;
    }

    /** The learning rate at x on the track. */
    public double lrAt(double x) {
        return axis.get().lrAt(x / width);
    }

    /** Halves the decades shown, around the learning rate if it is in view (else the middle). */
    public void zoomIn() {
        setAxis(axis.get().zoom(0.5, centre(), LrAxis.maxSpan(width), outer.get()));
    }

    /** Doubles the decades shown (at most {@link LrAxis#maxSpan} for the track). */
    public void zoomOut() {
        setAxis(axis.get().zoom(2, centre(), LrAxis.maxSpan(width), outer.get()));
    }

    /**
     * Shows the decades {@code lo .. hi} (e.g. from a range slider), kept inside the outer range and
     * narrowed around their middle to at most {@link LrAxis#maxSpan} for the track.
     */
    public void setRange(double lo, double hi) {
        double mid = (lo + hi) / 2;
        double span = Math.max(LrAxis.MIN_SPAN, Math.min(LrAxis.maxSpan(width), hi - lo));
        setAxis(new LrAxis(mid - span / 2, mid + span / 2).inside(outer.get()));
    }

    private double centre() {
        LrAxis a = axis.get();
        double rate = lr.get();
        return rate > 0 && a.contains(rate) ? Math.log10(rate) : (a.lo() + a.hi()) / 2;
    }

    private void setAxis(LrAxis next) {
        if (dragging.get() || next.equals(axis.get())) {
            return;
        }
        axis.set(next);
        if (run != null) {
            requestScan();
        }
    }

    /** A press at x: on the thumb it grabs it; elsewhere the rate moves to x (3 significant digits). */
    public void press(double x) {
        if (run == null) {
            return;
        }
        double rate = lr.get();
        boolean onThumb = rate > 0 && Math.abs(x(rate) - x) <= GRAB_PX;
        dragging.set(true);
        anchorX = x;
        anchorFine = false;
        anchorLog = onThumb ? Math.log10(rate) : Math.log10(lrAt(clampX(x)));
        dragLog = anchorLog;
        if (!onThumb) {
            setLr(NumberText.round(Math.pow(10, dragLog), 3));
        }
    }

    /** A drag to x: see the class comment; {@code fine} (Shift) moves ten times less per pixel. */
    public void dragTo(double x, boolean fine) {
        if (!dragging.get()) {
            return;
        }
        if (fine != anchorFine) {
            anchorX = x;
            anchorLog = dragLog;
            anchorFine = fine;
        }
        LrAxis a = axis.get();
        double log = anchorLog + (x - anchorX) / width * a.span() * (fine ? 0.1 : 1);
        dragLog = Math.max(a.lo(), Math.min(a.hi(), log));
        setLr(NumberText.round(Math.pow(10, dragLog), fine ? 4 : 3));
    }

    /** Ends a drag. */
    public void release() {
        dragging.set(false);
    }

    /** Moves the rate by {@code hundredths} hundredths of a decade (the arrow keys), 4 significant digits. */
    public void nudge(int hundredths) {
        double rate = lr.get();
        if (run != null && rate > 0) {
            setLr(NumberText.round(rate * Math.pow(10, hundredths / 100.0), 4));
        }
    }

    /**
     * Applies a typed learning rate exactly, if the optimizer's {@code lr} allows it; otherwise its
     * message goes to {@link #errorProperty()} and nothing changes.
     */
    public void type(String text) {
        if (run == null) {
            return;
        }
        try {
            RealParam param = (RealParam) run.settings().optimizer().hyper().schema().param("lr");
            setLr(param.parse(text));
        } catch (InvalidParameterException e) {
            error.set(e.getMessage());
        }
    }

    /** Sets the selected run's learning rate (as its lr field would), clearing any typed error. */
    public void setLr(double rate) {
        if (run == null) {
            return;
        }
        try {
            run.hyperModel().set("lr", rate);
            error.set("");
        } catch (InvalidParameterException e) {
            error.set(e.getMessage());
        }
    }

    /**
     * What the scan says at x on the track (the scanned rate nearest to it, see
     * {@link ScanReading}), e.g. {@code lr = 0.0123: final loss 1.2e-05, converges in 85 steps};
     * empty off the scan.
     */
    public String readout(double x) {
        LrScan s = scan.get();
        int i = ScanReading.nearest(s, lrAt(x));
        if (i < 0) {
            return "";
        }
        Outcome o = s.outcome(i);
        return "lr = " + NumberText.short3(s.lr(i)) + ": final loss " + NumberText.short3(o.finalLoss()) + ", "
                + ScanReading.describe(o);
    }

    /** The lowest known value of the landscape (0 if none is known), the level the scan chart measures losses from. */
    public double lowestKnownValue() {
        return RangeTest.lowestKnownValue(lab.landscape());
    }

    /** The steps of the runs. */
    public int steps() {
        return lab.steps();
    }

    /** Shows a range test's suggestions for the run as it is now (until it changes). */
    public void showSuggestions(List<LrMark> marks) {
        if (run != null) {
            suggestionsFor = LrScan.withLr(baseSpec(), 1);
            suggestions.set(List.copyOf(marks));
        }
    }


    private double clampX(double x) {
        return Math.max(0, Math.min(width, x));
    }
}
