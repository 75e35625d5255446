package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.landscape.ColorScaling;
import org.downhill.render.GridSampler;
import org.downhill.render.TestLandscape;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.sim.Simulator;
import org.junit.jupiter.api.Test;

class CameraFitTest {
    private static final double[] TARGET = {0, -40, 0};
    private static final double DISTANCE = 1050;
    private static final CameraFit.View PREFERRED = new CameraFit.View(35, -32);

    private static Surface surface(Scenario s) {
        ColorScaling scaling = s.display().logScale() ? ColorScaling.LOG : ColorScaling.LINEAR;
        return new SurfaceBuilder(GridSampler.sequential())
                .build(new SurfaceSpec(s.landscape(), s.window(), 128, scaling, 1));
    }

    private static List<PathTube> tubes(Scenario s, Surface surface) {
        return s.plans().stream().map(p -> PathTube.of(RunPath.of(Simulator.run(p)), surface)).toList();
    }

    private static boolean endSeen(Surface surface, PathTube tube, CameraFit.View view) {
        int rows = tube.insideRows() + (tube.leavesBox() ? 1 : 0);
        return CameraFit.visible(surface, tube.position(rows - 1), CameraFit.position(TARGET, DISTANCE, view));
    }

    @Test
    void theMomentumPresetsWellIsHiddenFromTheOldViewAndSeenFromTheChosenOne() {
        Scenario s = Presets.byId("momentum-local-minimum").scenario();
        Surface surface = surface(s);
        List<PathTube> tubes = tubes(s, surface);
        assertTrue(tubes.stream().anyMatch(t -> !endSeen(surface, t, PREFERRED)),
                "the fixed three-quarter view hides where a run ends");
        CameraFit.View chosen = CameraFit.choose(surface, tubes, TARGET, DISTANCE, PREFERRED);
        for (PathTube t : tubes) {
            assertTrue(endSeen(surface, t, chosen), "every run's end is seen from " + chosen);
        }
        assertTrue(CameraFit.score(surface, tubes, TARGET, DISTANCE, chosen)
                > CameraFit.score(surface, tubes, TARGET, DISTANCE, PREFERRED));
    }

    @Test
    void everyPresetsRunsEndInSightOfTheChosenView() {
        for (var preset : Presets.all()) {
            Scenario s = preset.scenario();
            Surface surface = surface(s);
            List<PathTube> tubes = tubes(s, surface);
            CameraFit.View chosen = CameraFit.choose(surface, tubes, TARGET, DISTANCE, PREFERRED);
            for (PathTube t : tubes) {
                if (t.insideRows() > 0) {
                    assertTrue(endSeen(surface, t, chosen), preset.id() + ": a run's end is hidden from " + chosen);
                }
            }
        }
    }

    /** Issue 12: from the preferred view a steep near wall hid half of every quadratic preset's valley. */
    @Test
    void everyPresetsViewShowsMostOfItsSurface() {
        for (org.downhill.scenario.Preset preset : org.downhill.scenario.Presets.all()) {
            Scenario s = preset.scenario();
            Surface surface = surface(s);
            CameraFit.View chosen = CameraFit.choose(surface, tubes(s, surface), TARGET, DISTANCE, PREFERRED);
            double seen = CameraFit.surfaceSeen(surface, CameraFit.position(TARGET, DISTANCE, chosen));
            assertTrue(seen >= CameraFit.SURFACE_ENOUGH || seen >= 0.6 && chosen.pitch() == CameraFit.PITCHES[2],
                    preset.id() + ": " + seen + " of the surface seen from " + chosen);
        }
    }

    @Test
    void aBowlSeenWhollyFromThePreferredViewKeepsIt() {
        TestLandscape bowl = TestLandscape.bowl();
        Surface surface = new SurfaceBuilder(GridSampler.sequential())
                .build(new SurfaceSpec(bowl, bowl.defaultWindow(), 64, ColorScaling.LINEAR, 1));
        RunPath path = new RunPath(new double[] {-1.5, -0.5, 0}, new double[] {1.5, 0.5, 0},
                new double[] {4.5, 0.5, 0}, 3);
        assertEquals(PREFERRED, CameraFit.choose(surface, List.of(PathTube.of(path, surface)), TARGET, DISTANCE,
                PREFERRED));
        assertEquals(PREFERRED, CameraFit.choose(surface, List.of(), TARGET, DISTANCE, PREFERRED));
    }

    @Test
    void aPointUnderAHillIsHiddenAndOneOnTopIsSeen() {
        TestLandscape hill = new TestLandscape("hill", (x, y) -> 4 - x * x - y * y,
                org.downhill.landscape.Window.centered(0, 0, 2), ColorScaling.LINEAR);
        Surface surface = new SurfaceBuilder(GridSampler.sequential())
                .build(new SurfaceSpec(hill, hill.defaultWindow(), 64, ColorScaling.LINEAR, 1));
        SurfaceBox box = surface.box();
        double[] behind = {box.sceneX(0), box.sceneY(hill.value(0, 1.9)) - 1, box.sceneZ(1.9)};
        double[] level = CameraFit.position(new double[] {0, box.sceneY(2), 0}, DISTANCE, new CameraFit.View(0, -3));
        assertFalse(CameraFit.visible(surface, behind, level), "the far foot of a hill, seen level from the front");
        double[] top = {box.sceneX(0), box.sceneY(4) - 3, box.sceneZ(0)};
        assertTrue(CameraFit.visible(surface, top, level));
    }
}
