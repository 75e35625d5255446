package org.downhill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Window;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.DataSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Models on the shipped data sets: values and exact derivatives against an independent
 * {@link DerivativeStructure} evaluation of the per-row loss, batches against means over rows,
 * the optimum, the window and standardization.
 */
class ModelLandscapeTest {

    /** Every shipped set with its own model, unscaled and standardized. */
    static Stream<ModelLandscape> landscapes() {
        return DataSets.all().stream().flatMap(e -> Stream.of(false, true)
                .map(s -> ModelLandscape.of(e.model(), e.data(), e.data().table().names(), s)));
    }

    /** The per-row loss of the README's formula with (p1, p2) as derivative-structure variables. */
    private static DerivativeStructure rowLoss(Model model, DerivativeStructure p1, DerivativeStructure p2,
                                               double[] row) {
        return switch (model) {
            case LINEAR -> p1.multiply(row[0]).add(p2).subtract(row[1]).pow(2);
            case LOGISTIC -> {
                DerivativeStructure z = p1.multiply(row[0]).add(p2.multiply(row[1]));
                yield z.exp().add(1).log().subtract(z.multiply(row[2]));
            }
            case NEURON -> p2.multiply(p1.multiply(row[0]).tanh()).subtract(row[1]).pow(2);
        };
    }

    /** The mean loss over rows (of the scaled features, when standardized) as a derivative structure. */
    private static DerivativeStructure meanLoss(ModelLandscape f, double x, double y) {
        double[][] cols = f.cols();
        DerivativeStructure p1 = new DerivativeStructure(2, 2, 0, x);
        DerivativeStructure p2 = new DerivativeStructure(2, 2, 1, y);
        DerivativeStructure sum = new DerivativeStructure(2, 2, 0);
        for (int i = 0; i < f.rows(); i++) {
            double[] row = new double[cols.length];
            for (int c = 0; c < cols.length; c++) {
                row[c] = cols[c][i];
            }
            sum = sum.add(rowLoss(f.model(), p1, p2, row));
        }
        return sum.divide(f.rows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("landscapes")
    void exactDerivativesAgreeWithDerivativeStructure(ModelLandscape f) {
        Window w = f.defaultWindow();
        Random random = new Random(20240615L);
        double[] g = new double[2];
        double[] h = new double[3];
        for (int i = 0; i < 40; i++) {
            double x = w.xMin() + random.nextDouble() * w.width();
            double y = w.yMin() + random.nextDouble() * w.height();
            DerivativeStructure ds = meanLoss(f, x, y);
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double scale = Math.max(1, Math.abs(ds.getValue()));
            assertEquals(ds.getValue(), f.value(x, y), 1e-12 * scale, "value");
            double[] expected = {ds.getPartialDerivative(1, 0), ds.getPartialDerivative(0, 1),
                ds.getPartialDerivative(2, 0), ds.getPartialDerivative(1, 1), ds.getPartialDerivative(0, 2)};
            double[] actual = {g[0], g[1], h[0], h[1], h[2]};
            double size = 1;
            for (double e : expected) {
                size = Math.max(size, Math.abs(e));
            }
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], actual[k], 1e-10 * size, f + " derivative " + k + " at " + x + ", " + y);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("landscapes")
    void aBatchIsTheMeanOverItsRows(ModelLandscape f) {
        int[] order = {3, 0, 7, 5, 1};
        double[] g = new double[2];
        double[] one = new double[2];
        f.batchGradient(0.3, -0.2, order, 1, 4, g);
        double value = 0;
        double g0 = 0;
        double g1 = 0;
        for (int k = 1; k < 4; k++) {
            value += f.batchValue(0.3, -0.2, order, k, k + 1) / 3;
            f.batchGradient(0.3, -0.2, order, k, k + 1, one);
            g0 += one[0] / 3;
            g1 += one[1] / 3;
        }
        assertEquals(value, f.batchValue(0.3, -0.2, order, 1, 4), 1e-12 * Math.max(1, value));
        assertEquals(g0, g[0], 1e-12 * Math.max(1, Math.abs(g0)));
        assertEquals(g1, g[1], 1e-12 * Math.max(1, Math.abs(g1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("landscapes")
    void theOptimumIsAMinimumInsideTheWindow(ModelLandscape f) {
        CriticalPoint best = f.criticalPoints().get(0);
        assertEquals(CriticalPoint.Kind.GLOBAL_MIN, best.kind());
        double[] g = new double[2];
        f.gradient(best.x(), best.y(), g);
        assertTrue(Math.hypot(g[0], g[1]) < 1e-10 * Math.max(1, best.value()), f + ": gradient " + g[0] + ", " + g[1]);
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            double dx = (random.nextDouble() - 0.5) * 0.1;
            double dy = (random.nextDouble() - 0.5) * 0.1;
            assertTrue(f.value(best.x() + dx, best.y() + dy) >= best.value(), f + " lower near the optimum");
        }
        Window w = f.defaultWindow();
        double[] start = f.suggestedStart();
        assertTrue(w.contains(best.x(), best.y()) && w.contains(start[0], start[1]), f + ": " + w);
        Conditioning c = f.conditioning();
        assertTrue(c.smallest() > 0 && c.largest() >= c.smallest(), f + ": " + c);
        assertEquals(2 / c.largest(), c.twoOverL(), 0);
    }

    @Test
    void theLeastSquaresLineIsTheNormalEquationsSolution() {
        DataSet faithful = DataSets.byName("faithful").data();
        ModelLandscape f = ModelLandscape.of(Model.LINEAR, faithful, List.of("eruptions", "waiting"), false);
        double n = faithful.table().rows();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = faithful.table().value(0, i);
            double y = faithful.table().value(1, i);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double w = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double b = (sy - w * sx) / n;
        CriticalPoint optimum = f.criticalPoints().get(0);
        assertEquals(w, optimum.x(), 1e-9 * Math.abs(w));
        assertEquals(b, optimum.y(), 1e-9 * Math.abs(b));
        assertEquals(1, f.criticalPoints().size());
    }

    @Test
    void theNeuronHasTwoMirroredMinimaAndASaddleAtTheOrigin() {
        DataSets.Entry e = DataSets.byName("tanh_curve");
        List<CriticalPoint> points = ModelLandscape.of(Model.NEURON, e.data(), e.data().table().names(), false)
                .criticalPoints();
        assertEquals(3, points.size());
        assertEquals(-points.get(0).x(), points.get(1).x(), 1e-12);
        assertEquals(-points.get(0).y(), points.get(1).y(), 1e-12);
        assertEquals(CriticalPoint.Kind.GLOBAL_MIN, points.get(1).kind());
        assertEquals(CriticalPoint.Kind.SADDLE, points.get(2).kind());
        assertEquals(0, Math.hypot(points.get(2).x(), points.get(2).y()), 0);
    }

    @Test
    void standardizingTurnsTheRavineIntoARoundBowl() {
        DataSets.Entry e = DataSets.byName("ravine");
        ModelLandscape raw = ModelLandscape.of(Model.LINEAR, e.data(), List.of("x", "y"), false);
        ScalingEffect effect = ScalingEffect.of(raw);
        assertTrue(effect.raw().condition() > 100, "raw condition " + effect.raw().condition());
        assertEquals(1, effect.standardized().condition(), 1e-9);
        assertEquals(1, effect.standardized().twoOverL(), 1e-9);
        assertTrue(effect.raw().twoOverL() < 0.1, "raw 2/L " + effect.raw().twoOverL());
        ModelLandscape scaled = (ModelLandscape) raw.family().create(raw.params().with("standardize", true));
        assertEquals(raw.withStandardized(true), scaled);
        assertEquals(raw.criticalPoints().get(0).value(), scaled.criticalPoints().get(0).value(), 1e-12);
        CriticalPoint p = scaled.criticalPoints().get(0);
        double x = 4.2;
        CriticalPoint q = raw.criticalPoints().get(0);
        assertEquals(q.x() * x + q.y(), scaled.output(p.x(), p.y(), x), 1e-9);
    }

    @Test
    void separableClassesHaveNoFiniteMinimum() {
        DataTable table = DataTable.ofRows(List.of("x1", "x2", "label"),
                new double[][] {{1, 1, 1}, {2, 1, 1}, {-1, -1, 0}, {-2, -0.5, 0}});
        ModelLandscape f = ModelLandscape.of(Model.LOGISTIC, new DataSet("sep", "sep", table),
                table.names(), false);
        assertTrue(f.criticalPoints().isEmpty());
        assertNull(f.conditioning());
        assertTrue(f.defaultWindow().contains(0, 0));
    }

    @Test
    void impossibleDataAreRefusedWithTheirName() {
        DataTable constant = DataTable.ofRows(List.of("x", "y"), new double[][] {{2, 1}, {2, 3}});
        DataSet set = new DataSet("c", "c", constant);
        InvalidParameterException flat = assertThrows(InvalidParameterException.class,
                () -> ModelLandscape.of(Model.LINEAR, set, List.of("x", "y"), true));
        assertTrue(flat.getMessage().contains("'x'"), flat.getMessage());
        assertTrue(ModelLandscape.of(Model.LINEAR, set, List.of("x", "y"), false).criticalPoints().isEmpty());
        DataTable classes = DataTable.ofRows(List.of("a", "b", "c"), new double[][] {{1, 2, 1}, {2, 1, 3}});
        InvalidParameterException label = assertThrows(InvalidParameterException.class,
                () -> ModelLandscape.of(Model.LOGISTIC, new DataSet("k", "k", classes), classes.names(), false));
        assertTrue(label.getMessage().contains("label"), label.getMessage());
        InvalidParameterException column = assertThrows(InvalidParameterException.class,
                () -> ModelLandscape.of(Model.LINEAR, set, List.of("x", "z"), false));
        assertTrue(column.getMessage().contains("'z'"), column.getMessage());
    }
}
