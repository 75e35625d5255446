package org.downhill.ui.plane;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunsWatcher;
import org.downhill.ui.model.ViewOptions;

/**
 * Which layer of a view of the landscape a change of the lab invalidates, for every such view:
 * <ul>
 *   <li>the landscape's image (and so everything over it): the landscape, the window in view, the
 *       colour map and scaling, the text size;</li>
 *   <li>the overlays drawn with it: the contours, the minima, the gradient field;</li>
 *   <li>the runs' layer: the playhead, playing or paused, the step anatomy, and each run's
 *       trajectory, colour and name.</li>
 * </ul>
 * A view adds what only it shows.
 */
final class LayerInvalidation {
    private LayerInvalidation() {
    }

    /** Calls each listener when something its layer shows may have changed. */
    static void watch(LabViewModel lab, InvalidationListener landscape, InvalidationListener overlays,
                      InvalidationListener runs) {
        ViewOptions view = lab.view();
        for (Observable o : new Observable[] {lab.landscapeProperty(), view.windowProperty(), view.colorMapProperty(),
            view.logScaleProperty(), view.textScaleProperty()}) {
            o.addListener(landscape);
        }
        for (Observable o : new Observable[] {view.contoursProperty(), view.minimaProperty(),
            view.gradientFieldProperty()}) {
            o.addListener(overlays);
        }
        for (Observable o : new Observable[] {lab.playheadProperty(), lab.playingProperty(), view.anatomyProperty()}) {
            o.addListener(runs);
        }
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.trajectoryProperty(), run.colorProperty(),
            run.nameProperty()}, runs);
    }
}
