package org.downhill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.StepMarkers;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.ReferenceCsv;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

class TrajectoryCsvTest {

    /** SGD at lr = 0.17 on a valley of curvature 10: it overshoots, so both markers have something to mark. */
    private static Trajectory overshooting(NoiseSpec noise) {
        OptimizerSpec sgd = OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.17));
        return Simulator.run(new RunSpec(Landscapes.byId("quadratic").create(), -2.5, 2, 30,
                Settings.of(sgd).withNoise(noise)));
    }

    @Test
    void theReferenceColumnsAreExactlyTheReferenceCsv() {
        Trajectory t = overshooting(NoiseSpec.NONE);
        String[] reference = ReferenceCsv.toCsv(t).split("\n");
        String[] lines = TrajectoryCsv.toCsv(t).split("\n");
        assertEquals(TrajectoryCsv.HEADER, lines[0]);
        assertEquals(t.rows() + 1, lines.length);
        for (int k = 0; k < lines.length; k++) {
            String[] cells = lines[k].split(",");
            assertEquals(11, cells.length, lines[k]);
            assertEquals(reference[k], String.join(",", List.of(cells).subList(0, 5)));
        }
    }

    @Test
    void theExtraColumnsReadBackAsTheTrajectorysNumbersAndMarkers() {
        Trajectory t = overshooting(new NoiseSpec(0.5, 4, 9));
        StepMarkers markers = Diagnoser.diagnose(t).markers();
        String[] lines = TrajectoryCsv.toCsv(t).split("\n");
        for (int k = 0; k < t.rows(); k++) {
            String[] c = lines[k + 1].split(",");
            assertEquals(t.gradX(k), ReferenceCsv.parse(c[5]));
            assertEquals(t.gradY(k), ReferenceCsv.parse(c[6]));
            assertEquals(t.updateX(k), ReferenceCsv.parse(c[7]));
            assertEquals(t.updateY(k), ReferenceCsv.parse(c[8]));
            assertEquals(markers.overshoot(k) ? "1" : "0", c[9]);
            assertEquals(markers.lossIncrease(k) ? "1" : "0", c[10]);
        }
        assertEquals("nan", lines[t.rows()].split(",")[7]);
        assertTrue(markers.overshootCount() > 0 && markers.overshootCount() < t.lastStep(), "some steps overshoot");
        assertTrue(markers.lossIncreaseCount() > 0, "noise raises the loss at some steps");
    }

    @Test
    void severalRunsGoIntoOneFileLedByTheirNames() {
        Trajectory a = overshooting(NoiseSpec.NONE);
        Trajectory b = overshooting(new NoiseSpec(1, 1, 2));
        String csv = TrajectoryCsv.toCsv(List.of(new TrajectoryCsv.Named("SGD", a),
                new TrajectoryCsv.Named("SGD, \"noisy\"", b)));
        String[] lines = csv.split("\n");
        assertEquals(TrajectoryCsv.RUNS_HEADER, lines[0]);
        assertEquals(1 + a.rows() + b.rows(), lines.length);
        String[] single = TrajectoryCsv.toCsv(a).split("\n");
        assertEquals("SGD," + single[1], lines[1]);
        assertEquals("\"SGD, \"\"noisy\"\"\",0,", lines[1 + a.rows()].substring(0, 19));
        assertTrue(csv.endsWith("\n"));
    }

    @Test
    void namesAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("Adam 2", TrajectoryCsv.quote("Adam 2"));
        assertEquals("\"a,b\"", TrajectoryCsv.quote("a,b"));
        assertEquals("\"two\nlines\"", TrajectoryCsv.quote("two\nlines"));
    }
}
