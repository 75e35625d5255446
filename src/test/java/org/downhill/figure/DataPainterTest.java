package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.data.ModelLandscape;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.figure.sketch.Rgba;
import org.downhill.scenario.DataSets;
import org.junit.jupiter.api.Test;

/** The data view's geometry and drawing, headless. */
class DataPainterTest {

    private static ModelLandscape shipped(String name, boolean standardize) {
        DataSets.Entry e = DataSets.byName(name);
        return ModelLandscape.of(e.model(), e.data(), e.data().table().names(), standardize);
    }

    @Test
    void aRegressionLineFollowsTheModelsOutputOverTheRawX() {
        for (boolean standardize : new boolean[] {false, true}) {
            ModelLandscape f = shipped("faithful", standardize);
            List<double[]> line = DataPainter.modelLine(f, 2, 3, new double[] {1, 6}, new double[] {0, 100});
            assertEquals(DataPainter.CURVE_POINTS, line.size());
            assertEquals(1, line.get(0)[0]);
            assertEquals(6, line.get(line.size() - 1)[0], 1e-12);
            for (double[] p : line) {
                assertEquals(f.output(2, 3, p[0]), p[1], 1e-12);
            }
        }
        ModelLandscape raw = shipped("faithful", false);
        assertEquals(2 * 4 + 3, DataPainter.modelLine(raw, 2, 3, new double[] {4, 5}, new double[] {0, 1}).get(0)[1],
                1e-12, "w*x + b unscaled");
    }

    @Test
    void theNeuronsCurveIsVTimesTanhOfWx() {
        ModelLandscape f = shipped("tanh_curve", false);
        for (double[] p : DataPainter.modelLine(f, 0.8, 1.5, new double[] {-3, 3}, new double[] {-2, 2})) {
            assertEquals(1.5 * Math.tanh(0.8 * p[0]), p[1], 1e-12);
        }
    }

    @Test
    void theDecisionBoundaryIsWhereTheLogitIsZero() {
        for (boolean standardize : new boolean[] {false, true}) {
            ModelLandscape f = shipped("two_blobs", standardize);
            List<double[]> line = DataPainter.modelLine(f, 2.8, 1.2, new double[] {-3, 3}, new double[] {-3, 3});
            assertEquals(2, line.size());
            for (double[] p : line) {
                assertEquals(0, f.output(2.8, 1.2, p[0], p[1]), 1e-9);
            }
            assertNotEquals(line.get(0)[0], line.get(1)[0]);
        }
        ModelLandscape f = shipped("two_blobs", false);
        List<double[]> steep = DataPainter.modelLine(f, 5, 0.1, new double[] {-3, 3}, new double[] {-3, 3});
        assertEquals(-3, steep.get(0)[1], "a steep boundary spans the x2 range");
        assertTrue(DataPainter.modelLine(f, 0, 0, new double[] {-3, 3}, new double[] {-3, 3}).isEmpty(),
                "zero weights have no boundary");
    }

    @Test
    void thePaddedRangeWidensBySixPercent() {
        double[] r = DataPainter.padded(new double[] {2, 7, 12});
        assertEquals(1.4, r[0], 1e-12);
        assertEquals(12.6, r[1], 1e-12);
        double[] single = DataPainter.padded(new double[] {5});
        assertEquals(4, single[0]);
        assertEquals(6, single[1]);
    }

    @Test
    void theRunsModelIsDrawnInItsColour() {
        ModelLandscape f = shipped("line", false);
        Rgba red = Rgba.rgb(220, 0, 0);
        Java2DSketch sketch = new Java2DSketch(400, 300, 1);
        DataPainter.paint(sketch, new DataPicture(f, List.of(new DataPicture.Fit("SGD", red, 2, -1)), List.of(), "x", "y"), 1);
        int reds = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                int argb = sketch.image().getRGB(x, y);
                if (((argb >> 16) & 0xff) > 200 && ((argb >> 8) & 0xff) < 40 && (argb & 0xff) < 40) {
                    reds++;
                }
            }
        }
        assertTrue(reds > 300, "a line across the plot in the run's colour: " + reds + " pixels");
    }
}
