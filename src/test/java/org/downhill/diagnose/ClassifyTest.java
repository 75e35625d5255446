package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.DataSets;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Outcome;
import org.downhill.sweep.Progress;
import org.downhill.sweep.SweepResult;
import org.downhill.sweep.Sweeper;
import org.junit.jupiter.api.Test;

/**
 * {@link Diagnoser#classify} decides exactly what {@link Diagnoser#diagnose} decides, on random
 * runs: every built-in landscape (quadratics with random curvatures among them) and the shipped
 * data sets' models (all rows, mini-batches), every optimizer with a log-uniform learning rate from
 * 1e-7 to 1e3 (so from slow through converging to diverging), random momentum, beta1, Nesterov and
 * weight decay, a random schedule, gradient noise, a live change of settings, short and long runs,
 * random starts. Its replay buffer is reused from run to run, as a sweep's worker does; and a sweep
 * on several threads keeps for each run the regime, event step and final loss of its diagnosis.
 */
class ClassifyTest {
    private static final ScheduleKind[] SCHEDULES = {ScheduleKind.CONSTANT, ScheduleKind.STEP_LR,
        ScheduleKind.EXPONENTIAL_LR, ScheduleKind.COSINE_ANNEALING_LR, ScheduleKind.ONE_CYCLE_LR,
        ScheduleKind.CYCLIC_LR, ScheduleKind.REDUCE_LR_ON_PLATEAU};
    private static final int RUNS = 4_000;

    @Test
    void classifyMakesTheDecisionOfTheDiagnosis() {
        Random random = new Random(20261201);
        ReplayBuffer replays = new ReplayBuffer();
        Map<Regime, Integer> seen = new EnumMap<>(Regime.class);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < RUNS; n++) {
            RunPlan plan = randomPlan(random);
            Trajectory t = Simulator.run(plan);
            Classification expected = Diagnoser.diagnose(t).classification();
            Classification actual = Diagnoser.classify(t, replays);
            if (!expected.equals(actual)) {
                failures.add(expected + " != " + actual + " | " + plan.spec().landscape().family().id() + " "
                        + plan.spec() + " " + plan.edits());
            }
            seen.merge(expected.regime(), 1, Integer::sum);
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " of " + RUNS
                + " disagree");
        for (Regime r : Regime.values()) {
            assertTrue(seen.getOrDefault(r, 0) >= 40, "too few runs " + r + ": " + seen);
        }
    }

    @Test
    void aSweepOnSeveralThreadsKeepsWhatTheDiagnosisOfEachRunSays() {
        Random random = new Random(7);
        List<RunSpec> specs = new ArrayList<>();
        for (int n = 0; n < 1_500; n++) {
            specs.add(randomSpec(random));
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            SweepResult result = new Sweeper(pool, 3).run(specs.size(), specs::get, new Cancellation(), Progress.NONE);
            for (int i = 0; i < specs.size(); i++) {
                Trajectory t = Simulator.run(specs.get(i));
                Diagnosis d = Diagnoser.diagnose(t);
                Outcome o = result.get(i);
                String run = i + ": " + specs.get(i).landscape().family().id() + " " + specs.get(i);
                assertEquals(d.regime(), o.regime(), run);
                assertEquals(d.divergedAt() >= 0 ? d.divergedAt() : d.convergedAt(), o.eventStep(), run);
                assertEquals(Double.doubleToLongBits(t.loss(t.lastStep())), Double.doubleToLongBits(o.finalLoss()),
                        run);
                assertEquals(t.lastStep(), o.steps(), run);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A random spec, with a live change of its settings in one run of four. */
    private static RunPlan randomPlan(Random random) {
        RunSpec spec = randomSpec(random);
        if (random.nextInt(4) > 0 || spec.steps() < 4) {
            return RunPlan.of(spec);
        }
        Settings changed = spec.settings().withOptimizer(randomOptimizer(random, spec.settings().optimizer().kind()));
        return RunPlan.of(spec).withChangeAt(1 + random.nextInt(spec.steps() - 1), changed);
    }

    private static RunSpec randomSpec(Random random) {
        int steps = random.nextInt(10) == 0 ? 1 + random.nextInt(12) : 20 + random.nextInt(600);
        if (random.nextInt(8) == 0) {
            return onData(random, steps);
        }
        Landscape f = randomLandscape(random);
        Window w = f.defaultWindow();
        double[] s = f.suggestedStart();
        boolean suggested = random.nextBoolean();
        double x = suggested ? s[0] : w.xMin() + w.width() * random.nextDouble();
        double y = suggested ? s[1] : w.yMin() + w.height() * random.nextDouble();
        OptimizerKind kind = random.nextInt(3) == 0 ? OptimizerKind.SGD
                : OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)];
        Settings settings = Settings.of(randomOptimizer(random, kind));
        if (random.nextInt(3) == 0) {
            settings = settings.withSchedule(randomSchedule(random, steps, kind));
        }
        if (random.nextInt(6) == 0) {
            settings = settings.withNoise(new NoiseSpec(0.01 + random.nextDouble(), 1 + random.nextInt(4),
                    random.nextLong()));
        }
        return new RunSpec(f, x, y, steps, settings);
    }

    /** Every landscape with its defaults, quadratics also with random curvatures. */
    private static Landscape randomLandscape(Random random) {
        List<LandscapeFamily> all = Landscapes.all();
        if (random.nextInt(4) == 0) {
            return Landscapes.byId("quadratic").create(Map.of("a", Math.pow(10, -2 + 3 * random.nextDouble()),
                    "b", Math.pow(10, -2 + 3 * random.nextDouble())));
        }
        return all.get(random.nextInt(all.size())).create();
    }

    /** An optimizer with a log-uniform lr from 1e-7 to 1e3 and random momentum, beta1, Nesterov, decay. */
    private static OptimizerSpec randomOptimizer(Random random, OptimizerKind kind) {
        OptimizerSpec o = OptimizerSpec.of(kind).with("lr", Math.pow(10, -7 + 10 * random.nextDouble()));
        double momentum = random.nextBoolean() ? 0 : random.nextInt(5) == 0 ? 1 : 0.99 * random.nextDouble();
        switch (kind.cycledMomentum()) {
            case MOMENTUM -> o = o.with("momentum", momentum);
            case BETA1 -> o = o.with("betas", List.of(Math.min(momentum, 0.99), o.hyper().real("betas", 1)));
            default -> {
            }
        }
        if (kind == OptimizerKind.SGD && momentum > 0 && random.nextInt(3) == 0) {
            o = o.with("nesterov", true);
        }
        if (kind == OptimizerKind.SGD && random.nextInt(5) == 0) {
            o = o.with("weight_decay", 0.1 * random.nextDouble());
        }
        return o;
    }

    /** A schedule for an optimizer; one that cycles the momentum does so where the optimizer has one. */
    private static ScheduleSpec randomSchedule(Random random, int steps, OptimizerKind optimizer) {
        ScheduleKind kind = SCHEDULES[random.nextInt(SCHEDULES.length)];
        boolean cycles = optimizer.cycledMomentum() != OptimizerKind.CycledMomentum.NONE;
        return switch (kind) {
            case COSINE_ANNEALING_LR -> ScheduleSpec.of(kind, Map.of("T_max", steps));
            case ONE_CYCLE_LR -> ScheduleSpec.of(kind, Map.of("total_steps", steps, "cycle_momentum", cycles));
            case CYCLIC_LR -> ScheduleSpec.of(kind, Map.of("cycle_momentum", cycles));
            default -> ScheduleSpec.of(kind);
        };
    }

    /** SGD or Adam on a shipped data set's model, on all rows or in mini-batches. */
    private static RunSpec onData(Random random, int steps) {
        List<DataSets.Entry> sets = DataSets.all();
        DataSets.Entry entry = sets.get(random.nextInt(sets.size()));
        ModelLandscape f = ModelLandscape.of(entry.model(), entry.data(),
                entry.data().table().names().subList(0, entry.model().roles().size()), random.nextBoolean());
        Batching batching = random.nextBoolean() ? Batching.NONE : Batching.of(1 + random.nextInt(16), true,
                random.nextInt(100));
        OptimizerKind kind = random.nextBoolean() ? OptimizerKind.SGD : OptimizerKind.ADAM;
        return new RunSpec(f, 0, 0, steps, Settings.of(randomOptimizer(random, kind)), batching);
    }
}
