package org.downhill.ui.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.paint.Color;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.LatestOnly;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.model.RunsWatcher;

/**
 * The lines of the scan chart: the lr scan of every visible run over the strip's axis, each in its
 * run's colour, the selected run first (its scan is the strip's own, {@link LrStripModel#scanProperty()};
 * it is listed even when hidden, since the strip shows it). The other runs' scans
 * ({@value LrStripModel#POINTS} rates each, as the strip's) are computed on a worker, newest
 * request only, and only while the chart is shown ({@link #activeProperty()}) and when a visible
 * run from its start, the set of visible runs or the axis changed.
 */
public final class ScanLinesModel {
    private final LabViewModel lab;
    private final LrStripModel strip;
    private final LatestOnly<Request, List<LrScan>> scans;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<Line>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private Request requested;
    private Request computed;
    private List<LrScan> others = List.of();

    /**
     * One run's line.
     *
     * @param name     the run's name
     * @param color    its colour
     * @param selected whether it is the selected run (the strip's)
     * @param scan     its scan over the strip's axis
     */
    public record Line(String name, Color color, boolean selected, LrScan scan) {
    }

    /** The other visible runs from their starts, and the axis. */
    record Request(List<RunSpec> bases, LrAxis axis) {
    }

    /**
     * @param worker  runs the scans (a background thread)
     * @param deliver shows them (the FX thread)
     * @param sweeper the sweep engine the scans run on
     */
    public ScanLinesModel(LabViewModel lab, LrStripModel strip, Executor worker, Executor deliver, Sweeper sweeper) {
        this.lab = lab;
        this.strip = strip;
        this.scans = new LatestOnly<>(worker, deliver, q -> q.bases().stream()
                .map(b -> LrStripModel.scan(sweeper, b, q.axis(), LrStripModel.POINTS)).toList());
        InvalidationListener changed = o -> refresh();
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.planProperty(), run.settingsProperty(),
            run.visibleProperty(), run.colorProperty(), run.nameProperty()}, changed);
        for (Observable o : new Observable[] {lab.selectedProperty(), strip.axisProperty(), strip.scanProperty(),
            active}) {
            o.addListener(changed);
        }
        refresh();
    }

    /** Whether the chart is shown: the other runs' scans are computed only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The lines, the selected run's first; only lines whose scan is over the strip's current axis. */
    public ReadOnlyObjectProperty<List<Line>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    private List<RunViewModel> others() {
        return lab.runs().stream().filter(r -> r.isVisible() && r != lab.selected()).toList();
    }

    private void refresh() {
        LrAxis axis = strip.axis();
        if (!active.get() || axis == null) {
            show();
            return;
        }
        Request q = new Request(others().stream().map(r -> LrStripModel.base(r, axis)).toList(), axis);
        if (!q.equals(requested)) {
            requested = q;
            scans.request(q, (request, result) -> {
                computed = request;
                others = result;
                show();
            });
        }
        show();
    }

    private void show() {
        List<Line> next = new ArrayList<>();
        RunViewModel selected = lab.selected();
        LrScan own = strip.scanProperty().get();
        if (selected != null && own != null) {
            next.add(new Line(selected.name(), selected.color(), true, own));
        }
        if (active.get() && computed != null && computed.equals(requested)) {
            List<RunViewModel> runs = others();
            for (int i = 0; i < runs.size(); i++) {
                next.add(new Line(runs.get(i).name(), runs.get(i).color(), false, others.get(i)));
            }
        }
        if (!next.equals(lines.get())) {
            lines.set(List.copyOf(next));
        }
    }
}
