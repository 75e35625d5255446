package org.downhill.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import org.downhill.figure.TestPath;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.RowLandscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.scenario.Scenario;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.ui.LatestOnly;

/**
 * The state of the lab window: the landscape, the runs, the shared playhead and the playback
 * controls. Views bind to its properties and call its commands; it owns no controls and works
 * without a running JavaFX toolkit, so it is tested directly.
 *
 * <p>The landscape and the number of steps are shared by all runs; changing either re-runs every
 * run from its start. The playhead is a step index shared by all runs; {@link #advance} moves it
 * while playing.
 */
public final class LabViewModel {
    /** The most runs at once: a scenario's limit, {@link Scenario#MAX_RUNS}. */
    public static final int MAX_RUNS = Scenario.MAX_RUNS;
    /** The number of steps as a parameter set, for the steps editor. */
    private static final ParamSchema STEPS = ParamSchema.of("run", List.of(RunSpec.STEPS));

    private final ReadOnlyObjectWrapper<Landscape> landscape = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamSet> landscapeParams = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<ParamSet> stepsValues = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RunViewModel> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunViewModel> selected = new SimpleObjectProperty<>();
    private final IntegerProperty playhead = new SimpleIntegerProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty speed = new SimpleDoubleProperty(30);
    private final BooleanProperty restartOnChange = new SimpleBooleanProperty();
    private final ViewOptions view = new ViewOptions();
    private final StringProperty caption = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper changedSinceLoaded = new ReadOnlyBooleanWrapper();
    /** What the scenario last loaded measured its caption on (see {@link #measuredBasis}), or null. */
    private List<Object> loadedBasis;
    private final ObjectProperty<TestPath> testPath = new SimpleObjectProperty<>();
    private LatestOnly<Landscape, Landscape> preparer = new LatestOnly<>(Runnable::run, Runnable::run,
            LabViewModel::prepared);
    private double stepFraction;
    private int runCounter;

    /** A lab showing the first-launch scene: SGD converging nicely in a tilted quadratic bowl. */
    public LabViewModel() {
        Landscape bowl = Landscapes.byId("bowl").create();
        landscape.set(bowl);
        landscapeParams.set(bowl.params());
        steps.set(150);
        stepsValues.set(STEPS.defaults());
        view.resetTo(bowl);
        addRun(Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05))));
        addEditListener(obs -> changedSinceLoaded.set(loadedBasis != null && !loadedBasis.equals(measuredBasis())));
    }

    /** The landscape all runs descend. */
    public ReadOnlyObjectProperty<Landscape> landscapeProperty() {
        return landscape.getReadOnlyProperty();
    }

    /** The current landscape. */
    public Landscape landscape() {
        return landscape.get();
    }

    /**
     * The landscape's parameters, for a parameter editor. A changed value of a typed formula shows at
     * once, its landscape once prepared (see {@link #requestLandscape}); a model on data changed
     * (standardized or not) is shown with its default window and the starts reset.
     */
    public ParamSetModel landscapeModel() {
        return new ParamSetModel() {
            @Override
            public ReadOnlyObjectProperty<ParamSet> values() {
                return landscapeParams.getReadOnlyProperty();
            }

            @Override
            public void set(String name, Object value) {
                ParamSet next = landscapeParams.get().with(name, value);
                Landscape changed = landscape().family().create(next);
                if (changed instanceof FormulaLandscape) {
                    landscapeParams.set(next);
                    requestLandscape(changed, false);
                } else {
                    // a model on data scaled or unscaled is a new space of parameters: a new view
                    setLandscape(changed, changed instanceof RowLandscape);
                }
            }
        };
    }

    /**
     * Prepares typed formulas' landscapes (finds their critical points, which takes milliseconds)
     * on {@code worker} and shows them on {@code deliver}; until this is called, on the calling
     * thread.
     *
     * @param worker  a background thread
     * @param deliver the FX thread ({@code Platform::runLater})
     */
    public void prepareLandscapesOn(Executor worker, Executor deliver) {
        preparer.cancel();
        preparer = new LatestOnly<>(worker, deliver, LabViewModel::prepared);
    }

    /**
     * Shows a landscape once its critical points are known, found on the worker (see
     * {@link #prepareLandscapesOn}), and re-runs every run from its start (as {@link #setLandscape}).
     * Only the newest request is shown, and none made before a direct change
     * ({@link #setLandscape}, {@link #setLandscapeFamily}, {@link #load}).
     */
    public void requestLandscape(Landscape next, boolean resetView) {
        preparer.request(next, (asked, ready) -> changeLandscape(ready, resetView));
    }

    private static Landscape prepared(Landscape landscape) {
        landscape.criticalPoints();
        return landscape;
    }

    /** Switches to another landscape family at its default parameters, resetting the view and starts. */
    public void setLandscapeFamily(LandscapeFamily family) {
        if (family != landscape().family()) {
            setLandscape(family.create(), true);
        }
    }

    /**
     * Switches the landscape and re-runs every run from its start; a start where the new landscape
     * is undefined (not finite) moves to its suggested start.
     *
     * @param resetView whether to show the new landscape's default window and move the starts to
     *                  its suggested start (a new family) or keep them (a changed parameter)
     */
    public void setLandscape(Landscape next, boolean resetView) {
        preparer.cancel();
        changeLandscape(next, resetView);
    }

    private void changeLandscape(Landscape next, boolean resetView) {
        showLandscape(next, resetView);
        double[] s = next.suggestedStart();
        playhead.set(0);
        for (RunViewModel run : runs) {
            Point2D start = run.startProperty().get();
            if (resetView || !Double.isFinite(next.value(start.getX(), start.getY()))) {
                run.setStart(s[0], s[1]);
            } else {
                run.restart();
            }
        }
    }

    /** The number of updates of every run (read-only: change it with {@link #setSteps}). */
    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    /** The number of updates of every run. */
    public int steps() {
        return steps.get();
    }

    /** The number of steps, for a parameter editor. */
    public ParamSetModel stepsModel() {
        return new ParamSetModel() {
            @Override
            public ReadOnlyObjectProperty<ParamSet> values() {
                return stepsValues.getReadOnlyProperty();
            }

            @Override
            public void set(String name, Object value) {
                setSteps(stepsValues.get().with(name, value).integer("steps"));
            }
        };
    }

    /** Sets the number of updates of every run (clamped to 1 to {@link RunSpec#MAX_STEPS}), keeping their changes. */
    public void setSteps(int n) {
        int clamped = Math.max(1, Math.min(RunSpec.MAX_STEPS, n));
        showSteps(clamped);
        runs.forEach(r -> r.setSteps(clamped));
        playhead.set(Math.min(playhead.get(), clamped));
    }

    /** The runs, in legend order. */
    public ObservableList<RunViewModel> runs() {
        return runs;
    }

    /** The run the controls edit. */
    public ObjectProperty<RunViewModel> selectedProperty() {
        return selected;
    }

    /** The run the controls edit. */
    public RunViewModel selected() {
        return selected.get();
    }

    /** Whether another run may be added. */
    public boolean canAddRun() {
        return runs.size() < MAX_RUNS;
    }

    /**
     * Adds a run with these settings, starting where the selected run starts (or at the
     * landscape's suggested start), and selects it.
     *
     * @return the new run, or {@code null} if there are already {@link #MAX_RUNS}
     */
    public RunViewModel addRun(Settings settings) {
        if (!canAddRun()) {
            return null;
        }
        Point2D start = selected() != null ? selected().startProperty().get() : suggestedStart();
        RunViewModel run = new RunViewModel(this, nextName(settings), nextColor(), settings, start);
        runs.add(run);
        selected.set(run);
        return run;
    }

    /** Adds a copy of a run (same settings and start, new name and colour) and selects it. */
    public RunViewModel duplicate(RunViewModel run) {
        if (!canAddRun()) {
            return null;
        }
        RunViewModel copy = run.copy(run.name() + " copy", nextColor());
        runs.add(runs.indexOf(run) + 1, copy);
        selected.set(copy);
        return copy;
    }

    /** Removes a run; the last one cannot be removed. */
    public void remove(RunViewModel run) {
        if (runs.size() <= 1 || !runs.contains(run)) {
            return;
        }
        int index = runs.indexOf(run);
        runs.remove(run);
        if (selected() == run) {
            selected.set(runs.get(Math.min(index, runs.size() - 1)));
        }
    }

    /** Moves the start of every run (or only of the selected one) and re-runs from the start. */
    public void setStart(double x, double y, boolean selectedOnly) {
        playhead.set(0);
        if (selectedOnly && selected() != null) {
            selected().setStart(x, y);
        } else {
            runs.forEach(r -> r.setStart(x, y));
        }
    }

    /** Moves the start of every run that starts at {@code from} (a dragged marker) and re-runs them. */
    public void moveStarts(Point2D from, double x, double y) {
        playhead.set(0);
        for (RunViewModel run : runs) {
            if (run.startProperty().get().equals(from)) {
                run.setStart(x, y);
            }
        }
    }

    /** Whether changes re-run from the start instead of continuing from the playhead. */
    public BooleanProperty restartOnChangeProperty() {
        return restartOnChange;
    }

    /** Whether changes re-run from the start. */
    public boolean isRestartOnChange() {
        return restartOnChange.get();
    }

    /** The step shown, shared by all runs (0 to {@link #steps()}). */
    public IntegerProperty playheadProperty() {
        return playhead;
    }

    /** The step shown. */
    public int playhead() {
        return playhead.get();
    }

    /** Moves the playhead (clamped to 0..steps). */
    public void setPlayhead(int step) {
        playhead.set(Math.max(0, Math.min(steps(), step)));
        stepFraction = 0;
    }

    /** Whether the animation runs. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Playback speed in steps per second (1 to 1,000). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Starts or pauses playback; starting at the end starts over. */
    public void togglePlay() {
        if (!playing.get() && playhead() >= steps()) {
            setPlayhead(0);
        }
        playing.set(!playing.get());
    }

    /** Pauses and moves one step forward. */
    public void stepForward() {
        playing.set(false);
        setPlayhead(playhead() + 1);
    }

    /** Pauses and moves one step back. */
    public void stepBack() {
        playing.set(false);
        setPlayhead(playhead() - 1);
    }

    /** Pauses and goes back to step 0. */
    public void reset() {
        playing.set(false);
        setPlayhead(0);
    }

    /** Goes back to step 0 without changing whether it plays ("restart on change"). */
    void restartPlayback() {
        setPlayhead(0);
    }

    /**
     * Advances the playhead by the steps due after {@code seconds} at the current speed; stops at
     * the end. Called once per frame while playing.
     */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        double due = stepFraction + Math.max(0, seconds) * Math.max(1, Math.min(1000, speed.get()));
        int whole = (int) due;
        stepFraction = due - whole;
        if (whole > 0) {
            int next = Math.min(steps(), playhead() + whole);
            playhead.set(next);
            if (next >= steps()) {
                playing.set(false);
                stepFraction = 0;
            }
        }
    }

    /**
     * The title of what is shown (a preset's, set after loading it), "" for none: the default
     * title of exported figures. Loading a scenario clears it.
     */
    public StringProperty titleProperty() {
        return title;
    }

    /** The paragraph that explains what the scenario shows (a preset's caption), "" for none. */
    public StringProperty captionProperty() {
        return caption;
    }

    /**
     * Whether what the caption and the title speak of has changed since the scenario was loaded:
     * the landscape, the number of steps, or a run's plan or visibility (the caption's numbers were
     * measured on the runs as loaded, so they may no longer be true). False when back to what was
     * loaded, and before anything is loaded.
     */
    public ReadOnlyBooleanProperty changedSinceLoadedProperty() {
        return changedSinceLoaded.getReadOnlyProperty();
    }

    /** The caption if it still speaks of what is shown, else "" (what a figure or a saved file may repeat). */
    public String captionIfUnchanged() {
        return changedSinceLoaded.get() ? "" : caption.get();
    }

    /** The title if what it speaks of is unchanged since loaded, else "". */
    public String titleIfUnchanged() {
        return changedSinceLoaded.get() ? "" : title.get();
    }

    /** What a caption's measurements depend on: the landscape, the steps, and each run's plan and visibility. */
    private List<Object> measuredBasis() {
        List<Object> basis = new ArrayList<>();
        basis.add(landscape.get());
        basis.add(steps.get());
        for (RunViewModel r : runs) {
            basis.add(r.planProperty().get());
            basis.add(r.isVisible());
        }
        return basis;
    }

    /**
     * Everything on screen as a scenario: landscape, window, steps, playhead, display options and
     * the runs with the changes made while they played.
     */
    public Scenario toScenario() {
        List<Scenario.Run> saved = runs.stream()
                .map(r -> Scenario.Run.of(r.name(), RunPalette.hex(r.color()), r.isVisible(), r.planProperty().get()))
                .toList();
        return new Scenario(landscape(), view.window(), steps(), playhead(), view.toDisplay(), saved,
                captionIfUnchanged());
    }

    /**
     * Calls the listener whenever something {@link #toScenario()} reports may have changed: the
     * landscape, the number of steps, the playhead, the caption, the window in view and the display
     * options, the list of runs and each run's name, colour, visibility and plan. As with any
     * invalidation listener, one change may call it more than once, and a property that changed
     * calls it again only after its value was read: {@link #toScenario()} reads every one.
     */
    public void addScenarioListener(InvalidationListener listener) {
        playhead.addListener(listener);
        view.windowProperty().addListener(listener);
        addEditListener(listener);
    }

    /**
     * Calls the listener whenever the lab may have been edited: as {@link #addScenarioListener},
     * but not for the playhead or the window in view (playing, panning and zooming edit nothing).
     */
    public void addEditListener(InvalidationListener listener) {
        Observable[] lab = {landscape, steps, caption, view.colorMapProperty(), view.logScaleProperty(),
            view.contoursProperty(), view.minimaProperty(), view.gradientFieldProperty(), view.anatomyProperty(),
            view.textScaleProperty(), view.panelsProperty()};
        for (Observable o : lab) {
            o.addListener(listener);
        }
        RunsWatcher.watch(runs, run -> new Observable[] {run.nameProperty(), run.colorProperty(),
            run.visibleProperty(), run.planProperty()}, listener);
    }

    /**
     * Shows a scenario, replacing the landscape, runs and display options. Every scenario can be
     * shown: its limits (at most {@link Scenario#MAX_RUNS} runs of at most
     * {@link RunSpec#MAX_STEPS} steps) are the app's.
     */
    public void load(Scenario scenario) {
        playing.set(false);
        playhead.set(0);
        preparer.cancel();
        showLandscape(scenario.landscape(), true);
        view.show(scenario.window());
        view.apply(scenario.display());
        showSteps(scenario.steps());
        List<RunViewModel> loaded = new ArrayList<>();
        for (Scenario.Run saved : scenario.runs()) {
            RunViewModel run = new RunViewModel(this, saved.name(), Color.web(saved.color()),
                    saved.plan(scenario.landscape(), scenario.steps()));
            run.visibleProperty().set(saved.visible());
            loaded.add(run);
        }
        runs.setAll(loaded);
        runCounter = loaded.size();
        selected.set(loaded.get(0));
        loadedBasis = measuredBasis();
        caption.set(scenario.caption());
        changedSinceLoaded.set(false);
        title.set("");
        setPlayhead(scenario.playhead());
    }

    /** Takes a landscape (and, for a new family, its default window and colour scaling) without touching the runs. */
    private void showLandscape(Landscape next, boolean resetView) {
        landscape.set(next);
        landscapeParams.set(next.params());
        if (resetView) {
            view.resetTo(next);
        }
    }

    /** Takes a number of steps without touching the runs. */
    private void showSteps(int n) {
        steps.set(n);
        stepsValues.set(STEPS.bind(Map.of(RunSpec.STEPS.name(), n)));
    }

    /**
     * A path drawn on the 2D view beside the runs, in a style of its own: the range test's, growing
     * while it runs; null for none. Not part of the scenario (it is not saved).
     */
    public ObjectProperty<TestPath> testPathProperty() {
        return testPath;
    }

    /** Display options: view window, colour map, overlays, text size. */
    public ViewOptions view() {
        return view;
    }

    private Point2D suggestedStart() {
        double[] s = landscape().suggestedStart();
        return new Point2D(s[0], s[1]);
    }

    private String nextName(Settings settings) {
        runCounter++;
        return RunNames.defaultName(settings.optimizer().kind(), runCounter);
    }

    private Color nextColor() {
        List<Color> used = runs.stream().map(RunViewModel::color).toList();
        return RunPalette.firstUnused(used);
    }
}
