package org.downhill.ui.lr;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.downhill.figure.TestPath;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.rangetest.DataRangeTest;
import org.downhill.rangetest.RangeTest;
import org.downhill.rangetest.RangeTermination;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.rangetest.StepMode;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.LrScan;
import org.downhill.ui.Coalescer;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;

/**
 * "Find a learning rate": the learning-rate range test ({@link RangeTest}) on the selected run
 * from its start, its settings as typed (mode, start and end rate, iterations, factor and
 * iterations per level, smoothing, divergence threshold), run on a worker (newest request only).
 * The stop rule compares the loss above the landscape's lowest known value
 * ({@link RangeTestConfig#aboveLowest()}), since most landscapes reach 0 or below. On a run that
 * trains on data in mini-batches the test goes through its batches, one rate per batch, and
 * records each batch's noisy loss, measured from 0 ({@link DataRangeTest}); its iterations start
 * at a few epochs' worth ({@link #fitToSelectedRun()}). Its suggestions go on the strip; one can
 * be applied to the run, which then replays from step 0.
 *
 * <p>The test is shown live: the worker posts its rows in up to {@value #LIVE_FRAMES} growing
 * prefixes ({@link #progressProperty()}), pausing between them (the pace: a frame, in the app),
 * coalesced so that the FX thread takes at most one per turn; the plot and the test's path on the
 * landscape ({@link LabViewModel#testPathProperty()}) grow with them. A new test, or
 * {@link #clear()}, stops the one being shown and removes its path.
 */
public final class RangeTestModel {
    /** The most prefixes a test is shown in. */
    public static final int LIVE_FRAMES = 90;
    /** The words beside the test's path on the landscape. */
    public static final String PATH_LABEL = "range test";

    private final LabViewModel lab;
    private final LrStripModel strip;
    private final Executor worker;
    private final Runnable pace;
    private final Coalescer<Live> live;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<RangeTestProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<StepMode> mode = new SimpleObjectProperty<>(StepMode.EXP);
    private final StringProperty startLr = new SimpleStringProperty("1e-6");
    private final StringProperty endLr = new SimpleStringProperty("10");
    private final StringProperty iterations = new SimpleStringProperty("100");
    private final StringProperty factor = new SimpleStringProperty("3");
    private final StringProperty stepsPerLr = new SimpleStringProperty("5");
    private final StringProperty smooth = new SimpleStringProperty("0.05");
    private final StringProperty diverge = new SimpleStringProperty("5");
    private final ReadOnlyObjectWrapper<RangeTestResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    /** A prefix of the test of one request (its generation), or why the test failed (then progress is null). */
    private record Live(long generation, RangeTestProgress progress, String failure) {
    }

    /**
     * @param strip   shows the suggestions and sets the rate
     * @param worker  runs the tests (a background thread of their own: it pauses while showing one)
     * @param deliver shows their rows and results (the FX thread)
     * @param pace    the pause between two prefixes of a test shown live, run on the worker
     */
    public RangeTestModel(LabViewModel lab, LrStripModel strip, Executor worker, Executor deliver, Runnable pace) {
        this.lab = lab;
        this.strip = strip;
        this.worker = worker;
        this.pace = pace;
        this.live = new Coalescer<>(deliver, this::show);
        strip.suggestionsProperty().addListener((obs, old, now) -> {
            if (now.isEmpty() && result.get() != null) {
                clear();
            }
        });
    }

    /** exp, linear or stepwise. */
    public ObjectProperty<StepMode> modeProperty() {
        return mode;
    }

    /** The first rate, as typed. */
    public StringProperty startLrProperty() {
        return startLr;
    }

    /** The rate exp and linear head for, as typed. */
    public StringProperty endLrProperty() {
        return endLr;
    }

    /** The most iterations, as typed. */
    public StringProperty iterationsProperty() {
        return iterations;
    }

    /** stepwise: the factor per level, as typed. */
    public StringProperty factorProperty() {
        return factor;
    }

    /** stepwise: the iterations per level, as typed. */
    public StringProperty stepsPerLrProperty() {
        return stepsPerLr;
    }

    /** The smoothing weight of the newest loss, as typed. */
    public StringProperty smoothProperty() {
        return smooth;
    }

    /** The divergence threshold, as typed. */
    public StringProperty divergeProperty() {
        return diverge;
    }

    /** The rows of the test shown so far (growing while it runs); null when none is shown. */
    public ReadOnlyObjectProperty<RangeTestProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The newest test's result once all its rows are shown; null before, or after the run it was made on changed. */
    public ReadOnlyObjectProperty<RangeTestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the settings were refused, naming the field; empty if they were not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How the test runs on the selected run and where its stop rule measures from (see {@link #fitToSelectedRun()}). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /**
     * Fits the settings to the selected run: on data in mini-batches, the iterations become those
     * of the default epochs ({@link DataRangeTest#defaultEpochs}); and says how the test runs.
     */
    public void fitToSelectedRun() {
        RunSpec spec = selectedSpec();
        if (spec == null) {
            return;
        }
        if (DataRangeTest.applies(spec)) {
            iterations.set(Integer.toString(DataRangeTest.iterations(spec, DataRangeTest.defaultEpochs(spec))));
        }
        note.set(note(spec));
    }

    /**
     * How the test runs on a run: on a formula, the stop rule above the lowest known value; on data,
     * the batches it goes through and how many epochs the typed iterations make.
     */
    String note(RunSpec spec) {
        if (!DataRangeTest.applies(spec)) {
            return "The test stops once the smoothed loss exceeds the threshold times its best. Losses here can be 0"
                    + " or negative, so both are measured above the landscape's lowest known value, f = "
                    + NumberText.of(floor()) + ".";
        }
        BatchPlan plan = spec.batchPlan();
        int perEpoch = plan.batchesPerEpoch();
        int rows = plan.batching().effectiveSize(plan.rows());
        String length = "";
        try {
            long n = integer("iterations", iterations.get());
            length = ": " + n + " iterations are " + NumberText.short3((double) n / perEpoch) + " epochs";
        } catch (InvalidParameterException notANumber) {
            // said when the test is run
        }
        return "On data, as practitioners run it: one learning rate per mini-batch step, through the run's batches of "
                + rows + (rows == 1 ? " row" : " rows") + " (" + perEpoch + " an epoch)"
                + (plan.batching().shuffle() ? ", shuffled each epoch" : "") + length + ". The loss is "
                + "each step's batch loss, noisy; the test stops once the smoothed loss exceeds the threshold times its"
                + " best (losses of data are at least 0).";
    }

    private RunSpec selectedSpec() {
        RunViewModel run = lab.selected();
        return run == null ? null : run.planProperty().get().spec().withSettings(run.settings());
    }

    /** Whether a test is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * The settings as typed.
     *
     * @throws InvalidParameterException naming the field whose text is not allowed
     */
    public RangeTestConfig config() {
        double start = number("start lr", startLr.get());
        int n = (int) Math.min(Integer.MAX_VALUE, integer("iterations", iterations.get()));
        RangeTestConfig c = mode.get() == StepMode.STEPWISE
                ? RangeTestConfig.stepwise(start, number("factor", factor.get()),
                (int) Math.min(Integer.MAX_VALUE, integer("iterations per level", stepsPerLr.get())), n)
                : RangeTestConfig.towards(mode.get(), start, number("end lr", endLr.get()), n);
        return c.withStopRule(number("smoothing", smooth.get()), number("diverge", diverge.get())).withAboveLowest(true);
    }

    private static double number(String name, String text) {
        try {
            return NumberText.parse(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + ": '" + text.trim() + "' is not a number");
        }
    }

    private static long integer(String name, String text) {
        double v = number(name, text);
        if (v != Math.rint(v) || v < 1) {
            throw new InvalidParameterException(name + ": " + text.trim() + " is not a whole number >= 1");
        }
        return (long) v;
    }

    /** Runs the test on the selected run with the settings as typed; a refused setting goes to {@link #errorProperty()}. */
    public void run() {
        RunViewModel run = lab.selected();
        if (run == null) {
            return;
        }
        RangeTestConfig config;
        try {
            config = config();
        } catch (InvalidParameterException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        clear();
        running.set(true);
        RunSpec spec = selectedSpec();
        note.set(note(spec));
        long ticket = generation.get();
        worker.execute(() -> play(ticket, spec, config));
    }

    /**
     * On the worker: runs the test and posts its rows in growing prefixes, the pace between
     * them, until all are posted or a newer request (or {@link #clear()}) made it stale.
     */
    private void play(long ticket, RunSpec spec, RangeTestConfig config) {
        if (ticket != generation.get()) {
            return;
        }
        RangeTestResult r;
        try {
            r = RangeTest.run(spec, config);
        } catch (InvalidParameterException e) {
            live.post(new Live(ticket, null, e.getMessage()));
            return;
        }
        int chunk = (r.rows() + LIVE_FRAMES - 1) / LIVE_FRAMES;
        int rows = 0;
        while (rows < r.rows() && ticket == generation.get()) {
            rows = Math.min(rows + chunk, r.rows());
            live.post(new Live(ticket, new RangeTestProgress(r, rows), ""));
            if (rows < r.rows()) {
                pace.run();
            }
        }
    }

    /** On the FX thread: shows a prefix of the current test (and, once all is shown, its result). */
    private void show(Live next) {
        if (next.generation() != generation.get()) {
            return;
        }
        RangeTestProgress p = next.progress();
        if (p == null) {
            running.set(false);
            error.set(next.failure());
            return;
        }
        RangeTestResult r = p.result();
        progress.set(p);
        lab.testPathProperty().set(new TestPath(PATH_LABEL, r.path(), p.rows(),
                r.termination() != RangeTermination.COMPLETED));
        if (p.done()) {
            running.set(false);
            strip.showSuggestions(LrMarks.suggestions(r.suggestions()));
            result.set(r);
        }
    }

    /**
     * Stops the test being shown (if any) and removes it: its rows, its result and its path on the
     * landscape (the suggestions stay on the strip). For when the window closes or a test starts.
     */
    public void clear() {
        generation.incrementAndGet();
        running.set(false);
        progress.set(null);
        result.set(null);
        lab.testPathProperty().set(null);
    }

    /** The lowest known value of the landscape, the level the stop rule measures the loss from. */
    public double floor() {
        return strip.lowestKnownValue();
    }

    /**
     * What the strip's scan says of a rate: its regime and steps at the scanned rate nearest to it
     * (see {@link ScanReading}), e.g. "converges in 85 steps"; empty if the rate is off the scan.
     */
    public String onTheStrip(double rate) {
        LrScan scan = strip.scanProperty().get();
        int i = ScanReading.nearest(scan, rate);
        return i < 0 ? "" : ScanReading.describe(scan.outcome(i));
    }

    /**
     * The fastest good constant rate on the strip's scan ({@link LrScan#fastest()}), e.g. "the
     * fastest constant rate on the strip, 0.18, converges in 22 steps"; empty if none.
     */
    public String fastestOnTheStrip() {
        LrScan scan = strip.scanProperty().get();
        OptionalInt i = scan == null ? OptionalInt.empty() : scan.fastest();
        return i.isEmpty() ? "" : "the fastest constant rate on the strip, " + NumberText.short3(scan.lr(i.getAsInt()))
                + ", " + ScanReading.describe(scan.outcome(i.getAsInt()));
    }

    /** Applies a suggested rate, rounded to 3 significant digits as shown, to the selected run from step 0, and plays it. */
    public void use(LrMark mark) {
        lab.reset();
        strip.setLr(NumberText.round(mark.lr(), 3));
        if (!lab.playingProperty().get()) {
            lab.togglePlay();
        }
    }

    /** The suggestions of the newest result as marks. */
    public List<LrMark> suggestions() {
        RangeTestResult r = result.get();
        return r == null ? List.of() : LrMarks.suggestions(r.suggestions());
    }
}
