package org.downhill.ui.plane;

import java.util.List;
import org.downhill.figure.FigureRun;
import org.downhill.figure.PlaneScene;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.sketch.FxPaint;

/**
 * The lab's state as a {@link PlaneScene}: its landscape, window and display options, its runs
 * (their immutable trajectories and diagnoses as they are now), the playhead, whether it plays and
 * the selected run, and the range test's path if one is shown. A snapshot: later changes to the lab do not reach it, so it can be drawn or
 * written on another thread. Take it on the FX thread.
 */
public final class LabScene {
    private LabScene() {
    }

    /** The lab as it is now. */
    public static PlaneScene of(LabViewModel lab) {
        List<RunViewModel> runs = lab.runs();
        List<FigureRun> shown = runs.stream().map(r -> new FigureRun(r.name(), FxPaint.rgba(r.color()), r.isVisible(),
                r.trajectory(), r.diagnosis())).toList();
        return new PlaneScene(lab.landscape(), lab.view().window(), lab.view().toDisplay(), lab.steps(), shown,
                lab.playhead(), !lab.playingProperty().get(), runs.indexOf(lab.selected()),
                lab.testPathProperty().get());
    }
}
