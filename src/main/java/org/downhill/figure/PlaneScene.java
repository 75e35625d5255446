package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.downhill.diagnose.Diagnoser;
import org.downhill.figure.sketch.Rgba;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.scenario.Scenario;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * What the 2D view shows at one moment, as values: the landscape over a window of the plane, how
 * it is drawn, the simulated runs in legend order and the step shown (the playhead), whether the
 * runs are paused (then the path ahead is previewed) and which run is selected (its step anatomy
 * is drawn when the display asks for it). Immutable: made from a scenario by simulating its runs
 * ({@link #of(Scenario)}), or from the app's current state, and drawn by {@link PlanePainter}.
 *
 * @param landscape the loss function
 * @param window    the part of the plane in view
 * @param display   colour map and scaling, overlays, anatomy and text size
 * @param steps     the number of updates of every run (a run that blew up has fewer rows)
 * @param runs      the runs in legend order, visible or not
 * @param step      the step shown, 0 to {@code steps}
 * @param paused    whether the runs are paused (the path ahead of the step is drawn faintly)
 * @param selected  the index of the selected run in {@code runs}, or -1 for none
 * @param testPath  a range test's path drawn beside the runs, or null for none
 */
public record PlaneScene(Landscape landscape, Window window, Scenario.Display display, int steps,
                         List<FigureRun> runs, int step, boolean paused, int selected, TestPath testPath) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if steps is below 1, the step outside 0..steps or the
     *                                  selection not a run's index or -1
     */
    public PlaneScene {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(display, "display");
        runs = List.copyOf(runs);
        if (steps < 1 || step < 0 || step > steps) {
            throw new IllegalArgumentException("step " + step + " of " + steps + " steps");
        }
        if (selected < -1 || selected >= runs.size()) {
            throw new IllegalArgumentException("selected run " + selected + " of " + runs.size());
        }
    }

    /**
     * A scene without a test path.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public PlaneScene(Landscape landscape, Window window, Scenario.Display display, int steps, List<FigureRun> runs,
                      int step, boolean paused, int selected) {
        this(landscape, window, display, steps, runs, step, paused, selected, null);
    }

    /** The same scene with a test path drawn beside the runs (null: none). */
    public PlaneScene withTestPath(TestPath path) {
        return new PlaneScene(landscape, window, display, steps, runs, step, paused, selected, path);
    }

    /**
     * A scenario as the app would show it after loading it: every run simulated and diagnosed, at
     * the scenario's playhead, paused, the first run selected.
     */
    public static PlaneScene of(Scenario scenario) {
        List<RunPlan> plans = scenario.plans();
        List<FigureRun> runs = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Scenario.Run run = scenario.runs().get(i);
            Trajectory t = Simulator.run(plans.get(i));
            runs.add(new FigureRun(run.name(), Rgba.web(run.color()), run.visible(), t, Diagnoser.diagnose(t)));
        }
        return new PlaneScene(scenario.landscape(), scenario.window(), scenario.display(), scenario.steps(), runs,
                scenario.playhead(), true, 0);
    }

    /**
     * The same scene at another step.
     *
     * @throws IllegalArgumentException if the step is outside 0..steps
     */
    public PlaneScene atStep(int k) {
        return new PlaneScene(landscape, window, display, steps, runs, k, paused, selected, testPath);
    }

    /** The same scene with only run i drawn (and selected), for a panel of small multiples. */
    public PlaneScene only(int i) {
        List<FigureRun> one = new ArrayList<>(runs.size());
        for (int j = 0; j < runs.size(); j++) {
            FigureRun r = runs.get(j);
            one.add(new FigureRun(r.name(), r.color(), j == i, r.trajectory(), r.diagnosis()));
        }
        return new PlaneScene(landscape, window, display, steps, one, step, paused, i, testPath);
    }

    /** The runs that are drawn, in legend order. */
    public List<FigureRun> visibleRuns() {
        return runs.stream().filter(FigureRun::visible).toList();
    }

    /** The selected run, or null. */
    public FigureRun selectedRun() {
        return selected < 0 ? null : runs.get(selected);
    }
}
