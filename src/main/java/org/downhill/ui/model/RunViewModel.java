package org.downhill.ui.model;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.Diagnosis;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.Param;
import org.downhill.param.ParamSet;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.Warmup;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * One run in the lab: its name, colour and visibility, its settings (optimizer, schedule, noise)
 * and start point, and what follows from them: the {@link RunPlan} with the changes made while it
 * played, the {@link Trajectory} and the {@link Diagnosis}.
 *
 * <p>A change of settings takes effect at the lab's playhead: the path so far stays and the run
 * continues under the new settings (a new {@link org.downhill.sim.Edit}); at step 0, with
 * "restart on change" on, or when the run blew up before the playhead, it re-runs from the start.
 * Re-simulating is cheap (microseconds per thousand steps) and happens at once; each result is a
 * new immutable trajectory. Lives on the FX thread; needs no running toolkit.
 */
public final class RunViewModel {
    private final LabViewModel lab;
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>();
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Point2D> start = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamSet> hyper = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamSet> scheduleArgs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamSet> warmup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamSet> noise = new ReadOnlyObjectWrapper<>();

    /** A new run from a start point under settings. */
    RunViewModel(LabViewModel lab, String name, Color color, Settings settings, Point2D start) {
        this(lab, name, color, RunPlan.of(new RunSpec(lab.landscape(), start.getX(), start.getY(), lab.steps(),
                settings)));
    }

    /**
     * A run following a plan: its start, its settings from step 0 and the changes made while it
     * played, on the lab's landscape and number of steps.
     */
    RunViewModel(LabViewModel lab, String name, Color color, RunPlan plan) {
        this.lab = lab;
        this.name.set(name);
        this.color.set(color);
        RunSpec spec = plan.spec();
        start.set(new Point2D(spec.startX(), spec.startY()));
        setSettings(plan.latestSettings());
        this.plan.set(new RunPlan(new RunSpec(lab.landscape(), spec.startX(), spec.startY(), lab.steps(),
                spec.settings()), plan.edits()));
        resimulate();
    }

    /** The run's name in the legend. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The run's colour. */
    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    /** Whether the run is drawn. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** The settings in force at the end of the run (what the controls show). */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The start point. */
    public ReadOnlyObjectProperty<Point2D> startProperty() {
        return start.getReadOnlyProperty();
    }

    /** The plan: the run as started plus the changes made while it played. */
    public ReadOnlyObjectProperty<RunPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The simulated trajectory; a new object after every change. */
    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    /** The diagnosis of the trajectory. */
    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The current settings. */
    public Settings settings() {
        return settings.get();
    }

    /** The current trajectory. */
    public Trajectory trajectory() {
        return trajectory.get();
    }

    /** The current diagnosis. */
    public Diagnosis diagnosis() {
        return diagnosis.get();
    }

    /** The run's name. */
    public String name() {
        return name.get();
    }

    /** The run's colour. */
    public Color color() {
        return color.get();
    }

    /** Whether the run is drawn. */
    public boolean isVisible() {
        return visible.get();
    }

    /** The optimizer's hyper-parameters, for a parameter editor. */
    public ParamSetModel hyperModel() {
        return model(hyper, values -> change(settings().withOptimizer(
                new OptimizerSpec(settings().optimizer().kind(), values))));
    }

    /** The schedule's arguments, for a parameter editor. */
    public ParamSetModel scheduleModel() {
        return model(scheduleArgs, values -> {
            ScheduleSpec s = settings().schedule();
            change(settings().withSchedule(new ScheduleSpec(s.kind(), values, s.warmup())));
        });
    }

    /** The warm-up in front of the schedule, for a parameter editor. */
    public ParamSetModel warmupModel() {
        return model(warmup, values -> change(settings().withSchedule(
                settings().schedule().withWarmup(Warmup.of(values)))));
    }

    /** The gradient noise, for a parameter editor. */
    public ParamSetModel noiseModel() {
        return model(noise, values -> change(settings().withNoise(NoiseSpec.of(values))));
    }

    private static ParamSetModel model(ReadOnlyObjectWrapper<ParamSet> values, java.util.function.Consumer<ParamSet> apply) {
        return new ParamSetModel() {
            @Override
            public ReadOnlyObjectProperty<ParamSet> values() {
                return values.getReadOnlyProperty();
            }

            @Override
            public void set(String name, Object value) {
                apply.accept(values.get().with(name, value));
            }
        };
    }

    /**
     * Switches the optimizer, carrying over every hyper-parameter of the same name whose value the
     * new one allows (the learning rate above all). A default name ("SGD 2") follows the optimizer
     * ("Adam 2"); a name the user chose stays.
     */
    public void setOptimizerKind(OptimizerKind kind) {
        OptimizerSpec old = settings().optimizer();
        if (old.kind() == kind) {
            return;
        }
        Map<String, Object> carried = new LinkedHashMap<>();
        for (Param p : kind.schema().params()) {
            if (old.hyper().values().containsKey(p.name())) {
                try {
                    carried.put(p.name(), p.check(old.hyper().get(p.name())));
                } catch (IllegalArgumentException notAllowed) {
                    // keep the new optimizer's default for this one
                }
            }
        }
        OptimizerSpec next = new OptimizerSpec(kind, kind.schema().bind(carried));
        ScheduleSpec schedule = settings().schedule();
        if (kind.cycledMomentum() == OptimizerKind.CycledMomentum.NONE && schedule.create().cyclesMomentum()) {
            schedule = ScheduleDefaults.forRun(schedule.kind(), lab.steps(), next).withWarmup(schedule.warmup());
        }
        change(new Settings(next, schedule, settings().noise()));
        RunNames.followOptimizer(name(), old.kind(), kind).ifPresent(name::set);
    }

    /** Switches the schedule, with arguments fitted to the run (see {@link ScheduleDefaults}). */
    public void setScheduleKind(ScheduleKind kind) {
        ScheduleSpec old = settings().schedule();
        if (old.kind() == kind) {
            return;
        }
        change(settings().withSchedule(
                ScheduleDefaults.forRun(kind, lab.steps(), settings().optimizer()).withWarmup(old.warmup())));
    }

    /**
     * Applies new settings at the playhead (or from the start, see the class comment) and
     * re-simulates.
     */
    public void change(Settings next) {
        if (next.equals(settings())) {
            return;
        }
        int at = lab.playhead();
        Trajectory t = trajectory();
        boolean fromStart = at == 0 || lab.isRestartOnChange() || (t.termination().diverged() && t.lastStep() <= at);
        setSettings(next);
        if (fromStart) {
            if (lab.isRestartOnChange()) {
                lab.restartPlayback();
            }
            restart();
        } else {
            plan.set(plan.get().withChangeAt(at, next));
            resimulate();
        }
    }

    /** Moves the start point and re-runs from the start. */
    void setStart(double x, double y) {
        start.set(new Point2D(x, y));
        restart();
    }

    /** Re-runs from the start with the current settings, landscape and steps (dropping the changes). */
    void restart() {
        RunSpec spec = new RunSpec(lab.landscape(), start.get().getX(), start.get().getY(), lab.steps(), settings());
        plan.set(RunPlan.of(spec));
        resimulate();
    }

    /** Keeps the changes but runs to a new number of steps. */
    void setSteps(int steps) {
        plan.set(plan.get().withSteps(steps));
        resimulate();
    }

    private void setSettings(Settings next) {
        settings.set(next);
        hyper.set(next.optimizer().hyper());
        scheduleArgs.set(next.schedule().args());
        warmup.set(next.schedule().warmup().params());
        noise.set(next.noise().params());
    }

    private void resimulate() {
        Trajectory next = Simulator.run(plan.get());
        diagnosis.set(Diagnoser.diagnose(next));
        trajectory.set(next);
    }

    /** A copy for "duplicate": the same settings and start, a new name and colour, no changes. */
    RunViewModel copy(String newName, Color newColor) {
        return new RunViewModel(lab, newName, newColor, settings(), start.get());
    }
}
