package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.DataSets;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Every diagnosis agrees with plain facts of the run it describes. The runs are generated: every
 * optimizer on every landscape (default parameters, suggested start) with learning rates from
 * 1e-12 to 1e300 (a fixed grid over the decades plus seeded random ones), and for SGD also with
 * momentum 0.9, momentum 1, Nesterov momentum, a cosine schedule, gradient noise, and gradient
 * noise from a minimum; and SGD and Adam on every shipped data set's model (raw and standardized)
 * with all the data, batches of 16 and single rows. Each label and each sentence is checked by
 * {@link #problems}, which uses only the rows, the landscape and {@link RunFacts}.
 */
class DiagnosisPropertyTest {
    private static final double[] LR_GRID = {1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 100,
        1e3, 1e6, 1e9, 1e12, 1e20, 1e50, 1e100, 1e200, 1e300};
    private static final int STEPS = 150;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(e[+-]\\d+)?");
    private static final String NUM = "(-?\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?)";
    private static final Pattern LR_IS = Pattern.compile("lr = " + NUM + " is (above|below) [^=]*= (?:about )?" + NUM
            + "( \\(by )?");
    private static final Pattern BETWEEN = Pattern.compile("lr = " + NUM + " is between 1/L = (?:about )?" + NUM
            + " and 2/L = (?:about )?" + NUM);
    private static final Pattern AND_BELOW = Pattern.compile(" and below 2/L = (?:about )?" + NUM + "( \\(by )?");
    private static final Pattern LR_VALUE = Pattern.compile("lr = " + NUM);
    private static final Pattern LR_RANGE = Pattern.compile("lr between " + NUM + " and " + NUM);
    private static final Pattern LIMIT = Pattern.compile("(1/L|2/L|2/\\(L \\+ l\\)|limit [^=]*) = (?:about )?" + NUM);
    private static final Pattern LARGER = Pattern.compile("larger lr, up to [^=]*= " + NUM);
    private static final Pattern SHRINK_FACTOR = Pattern.compile("(?:shrinks?|shrinking)[^.;]*? by a factor (?:about )?"
            + "(1 - \\S+|" + NUM + ")");
    private static final Pattern GROW_FACTOR = Pattern.compile("grows by a factor (1 \\+ \\S+|" + NUM + ")");
    private static final Pattern WITHOUT_OVERSHOOT_AFTER = Pattern.compile("without overshooting after step (\\d+)");
    private static final Pattern FALLING = Pattern.compile("still falling \\(from " + NUM + " to " + NUM + "\\)");

    /** The runs: every optimizer, landscape and learning rate, and SGD's variants. */
    private static List<RunSpec> runs() {
        Random random = new Random(13);
        List<RunSpec> runs = new ArrayList<>();
        for (LandscapeFamily family : Landscapes.all()) {
            Landscape f = family.create();
            double[] s = f.suggestedStart();
            CriticalPoint minimum = f.criticalPoints().stream().filter(p -> p.kind().isMinimum()).findFirst()
                    .orElse(null);
            for (OptimizerKind kind : OptimizerKind.values()) {
                List<Double> lrs = new ArrayList<>();
                for (double lr : LR_GRID) {
                    lrs.add(lr);
                }
                for (int i = 0; i < 3; i++) {
                    lrs.add(Math.pow(10, -6 + 9 * random.nextDouble()));
                }
                for (double lr : lrs) {
                    OptimizerSpec o = OptimizerSpec.of(kind).with("lr", lr);
                    runs.add(new RunSpec(f, s[0], s[1], STEPS, Settings.of(o)));
                    if (kind != OptimizerKind.SGD) {
                        continue;
                    }
                    runs.add(new RunSpec(f, s[0], s[1], STEPS, Settings.of(o.with("momentum", 0.9))));
                    runs.add(new RunSpec(f, s[0], s[1], STEPS, Settings.of(o.with("momentum", 1.0))));
                    runs.add(new RunSpec(f, s[0], s[1], STEPS,
                            Settings.of(o.with("momentum", 0.9).with("nesterov", true))));
                    runs.add(new RunSpec(f, s[0], s[1], STEPS, Settings.of(o).withSchedule(
                            ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_LR, Map.of("T_max", STEPS)))));
                    runs.add(new RunSpec(f, s[0], s[1], STEPS, Settings.of(o).withNoise(new NoiseSpec(1, 4, 7))));
                    if (minimum != null) {
                        runs.add(new RunSpec(f, minimum.x(), minimum.y(), STEPS,
                                Settings.of(o).withNoise(new NoiseSpec(0.3, 1, 3))));
                    }
                }
            }
        }
        for (DataSets.Entry entry : DataSets.all()) {
            for (boolean standardized : new boolean[] {false, true}) {
                ModelLandscape f = ModelLandscape.of(entry.model(), entry.data(),
                        entry.data().table().names().subList(0, entry.model().roles().size()), standardized);
                for (Batching batching : new Batching[] {Batching.NONE, Batching.of(1, true, 3),
                    Batching.of(16, true, 3)}) {
                    int steps = batching.isNone() ? STEPS : Math.min(600, batching.steps(f.rows(), 3));
                    for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.ADAM}) {
                        for (double lr : new double[] {1e-4, 1e-2, 0.1, 1, 10}) {
                            runs.add(new RunSpec(f, 0, 0, steps, Settings.of(OptimizerSpec.of(kind).with("lr", lr)),
                                    batching));
                        }
                    }
                }
            }
        }
        return runs;
    }

    @Test
    void everyDiagnosisAgreesWithTheFactsOfItsRun() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (RunSpec spec : runs()) {
            Trajectory t = Simulator.run(spec);
            Diagnosis d = Diagnoser.diagnose(t);
            RunFacts facts = new RunFacts(t);
            for (String problem : problems(d, facts)) {
                failures.add(problem + " | " + spec.landscape().family().id() + " " + spec.settings() + " | "
                        + d.regime() + " '" + d.headline() + "' " + d.explanation() + " | " + facts);
            }
            checked++;
        }
        assertTrue(checked > 5000, "runs checked: " + checked);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " contradictions");
    }

    /**
     * What is wrong with a diagnosis of a run: each entry names a label or sentence that the run's
     * facts contradict. Empty when the diagnosis is true.
     */
    static List<String> problems(Diagnosis d, RunFacts r) {
        List<String> out = new ArrayList<>();
        String text = d.headline() + " " + d.explanation();
        boolean noisy = r.stochastic();
        switch (d.regime()) {
            case DIVERGES -> {
                if (r.finite && !r.lossRose() && !r.runningAway() && !r.someEigenComponentGrew()) {
                    out.add("diverging, but finite, no higher, its steps shrinking and no eigen-component growing");
                }
            }
            case CONVERGES, CONVERGES_OSCILLATING -> {
                if (!r.finite) {
                    out.add("converging, but stopped by the stop rule");
                }
                if (r.lossRose() && !noisy && !d.explanation().contains("thrown uphill")) {
                    out.add("converging, but the loss rose and the explanation does not say so");
                }
                boolean arrived = d.headline().startsWith("Converged") || d.headline().startsWith("Stuck")
                        || d.headline().startsWith("At the minimum");
                if (arrived && !noisy && !(r.endGradient <= 0.5 * r.startGradient) && !r.endsAtAKnownPoint()) {
                    out.add("converged, but the gradient at the end is not small");
                }
            }
            case SLOW -> {
                if (!r.finite) {
                    out.add("slow, but stopped by the stop rule");
                }
                boolean notMoving = d.headline().equals("Not moving") && r.stillAtTheEnd();
                if (!notMoving && d.destination() != Destination.PLATEAU
                        && (!r.lossFallingAtTheEnd() || r.lossRose())) {
                    out.add("slow, but the loss is not still falling below its start");
                }
                if (!Double.isNaN(r.lowest) && r.endLoss - r.lowest <= RunFacts.tolerance(r.endLoss, r.lowest)) {
                    out.add("slow, but at the minimum");
                }
            }
            case OSCILLATES -> {
                if (!r.finite) {
                    out.add("oscillating, but stopped by the stop rule");
                }
                if (r.stillAtTheEnd()) {
                    out.add("oscillating, but not moving");
                }
            }
            default -> out.add("unknown regime");
        }
        if (d.destination() == Destination.PLATEAU
                && !(r.endGradient * r.windowDiagonal <= 0.01 * (r.endLoss - r.lowest) && !r.lossRose())) {
            out.add("plateau, but the gradient is not small against the loss still to lose");
        }
        if (text.contains("alls without bound") && !r.unboundedBelow()) {
            out.add("falls without bound, but f has a minimum");
        }
        Matcher after = WITHOUT_OVERSHOOT_AFTER.matcher(text);
        if (after.find() && r.overshootsFrom(Integer.parseInt(after.group(1))) > 0) {
            out.add("without overshooting after step " + after.group(1) + ", but later steps overshot");
        } else if (text.contains("without overshooting") && !after.find(0) && r.overshoots() > 0) {
            out.add("without overshooting, but " + r.overshoots() + " steps overshot");
        }
        out.addAll(numberProblems(d, r));
        return out;
    }

    /** The sentences' numbers: the run's own, positive limits, true comparisons, three digits, plurals. */
    private static List<String> numberProblems(Diagnosis d, RunFacts r) {
        List<String> out = new ArrayList<>();
        String text = d.headline() + " " + d.explanation();
        Set<Double> values = new HashSet<>();
        for (int k = 0; k < Math.max(1, r.last); k++) {
            values.add(r.t.lr(k));
        }
        Set<String> lrs = new HashSet<>();
        for (double v : values) {
            lrs.add(Words.num(v));
        }
        Matcher m = LR_VALUE.matcher(text);
        while (m.find()) {
            if (!lrs.contains(m.group(1))) {
                out.add("lr = " + m.group(1) + " is no update's lr");
            }
        }
        m = LR_RANGE.matcher(text);
        while (m.find()) {
            if (!lrs.contains(m.group(1)) || !lrs.contains(m.group(2))) {
                out.add("lr between " + m.group(1) + " and " + m.group(2) + " are not the run's lrs");
            }
        }
        m = LIMIT.matcher(text);
        while (m.find()) {
            if (!(Double.parseDouble(m.group(2)) > 0)) {
                out.add(m.group(1) + " = " + m.group(2) + " is not positive");
            }
        }
        m = LR_IS.matcher(text);
        while (m.find()) {
            double lr = Double.parseDouble(m.group(1));
            double limit = Double.parseDouble(m.group(3));
            boolean tie = m.group(1).equals(m.group(3)) && m.group(4) != null;
            boolean holds = m.group(2).equals("above") ? lr > limit : lr < limit;
            if (!holds && !tie) {
                out.add("lr = " + m.group(1) + " is not " + m.group(2) + " " + m.group(3));
            }
        }
        m = AND_BELOW.matcher(text);
        Matcher lr = LR_VALUE.matcher(text);
        if (m.find() && lr.find()) {
            boolean tie = lr.group(1).equals(m.group(1)) && m.group(2) != null;
            if (!(Double.parseDouble(lr.group(1)) < Double.parseDouble(m.group(1))) && !tie) {
                out.add("lr = " + lr.group(1) + " is not below " + m.group(1));
            }
        }
        m = BETWEEN.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            if (!(value > Double.parseDouble(m.group(2)) && value < Double.parseDouble(m.group(3)))) {
                out.add("lr = " + m.group(1) + " is not between " + m.group(2) + " and " + m.group(3));
            }
        }
        m = LARGER.matcher(text);
        if (m.find()) {
            lr = LR_VALUE.matcher(text);
            if (!lr.find() || !(Double.parseDouble(lr.group(1)) < Double.parseDouble(m.group(1)))) {
                out.add("advises a larger lr up to " + m.group(1) + " that is not larger");
            }
        }
        m = SHRINK_FACTOR.matcher(text);
        while (m.find()) {
            if (!m.group(1).startsWith("1 - ") && !(Double.parseDouble(m.group(1)) < 1)) {
                out.add("shrinks by a factor " + m.group(1));
            }
        }
        m = GROW_FACTOR.matcher(text);
        while (m.find()) {
            if (!m.group(1).startsWith("1 + ") && !(Double.parseDouble(m.group(1)) > 1)) {
                out.add("grows by a factor " + m.group(1));
            }
        }
        m = FALLING.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(Words.num(r.startLoss)) || !m.group(2).equals(Words.num(r.endLoss))) {
                out.add("the loss quoted (" + m.group(1) + " to " + m.group(2) + ") is not the run's");
            }
        }
        if (text.matches("(?s).*\\b1 steps\\b.*")) {
            out.add("'1 steps'");
        }
        m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            String digits = n.replaceAll("e.*", "").replace("-", "").replace(".", "").replaceAll("^0+", "")
                    .replaceAll("0+$", "");
            if (digits.length() > 3 && (n.contains(".") || n.contains("e"))) {
                out.add("more than three digits: " + n);
            }
        }
        return out;
    }

    @Test
    void theChecksCatchTheContradictionsTheyAreFor() {
        Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1, "b", 10));
        Trajectory converged = Simulator.run(new RunSpec(bowl, -2, 1.5, 300, Settings.of(
                OptimizerSpec.of(OptimizerKind.SGD).with("lr", 0.05))));
        RunFacts facts = new RunFacts(converged);
        StepMarkers none = new StepMarkers(new BitSet(), new BitSet());
        Diagnosis diverging = new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, -1, "Diverging",
                "lr = 0.05 is too large.", none);
        assertFalse(problems(diverging, facts).isEmpty());
        Diagnosis slow = new Diagnosis(Regime.SLOW, Destination.PLATEAU, -1, -1, "Stuck on a plateau",
                "The gradient has almost vanished.", none);
        assertFalse(problems(slow, facts).isEmpty());
        Diagnosis oneSteps = new Diagnosis(Regime.CONVERGES, Destination.GLOBAL_MINIMUM, 1, -1, "Converged in 1 steps",
                "lr = 0.05 is below 1/L = -0.1: each step shrinks the error by a factor 1.5 per step.", none);
        List<String> found = problems(oneSteps, facts);
        assertTrue(found.contains("'1 steps'"), found.toString());
        assertTrue(found.contains("1/L = -0.1 is not positive"), found.toString());
        assertTrue(found.contains("lr = 0.05 is not below -0.1"), found.toString());
        assertTrue(found.contains("shrinks by a factor 1.5"), found.toString());
        Diagnosis wrongLr = new Diagnosis(Regime.CONVERGES, Destination.GLOBAL_MINIMUM, 60, -1, "Converged in 60 steps",
                "lr = 0 is below 1/L = 0.1, and f = 2.7000000000000002e+22.", none);
        found = problems(wrongLr, facts);
        assertTrue(found.contains("lr = 0 is no update's lr"), found.toString());
        assertTrue(found.contains("more than three digits: 2.7000000000000002e+22"), found.toString());
    }
}
