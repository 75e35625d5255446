package org.downhill.ui.model;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.downhill.figure.FigureStyle;
import org.downhill.render.TexImage;
import org.downhill.rule.RuleSheet;
import org.downhill.ui.LatestOnly;
import org.downhill.ui.Theme;

/**
 * The update rule at the playhead, for the rule panel: the selected run's update from the
 * playhead's row written out with its numbers, and every visible run's step size per coordinate
 * ({@link RuleSheet}), typeset (JLaTeXMath) in the narrow layout at the lab's text size. Worked out
 * on a worker (the runs are simulated again up to the playhead, and the formula typeset), newest
 * request only, and only while the panel is {@link #openProperty() open} and something it shows
 * changed: the playhead, the selected run, a run's plan, name or visibility, the text size.
 */
public final class RuleViewModel {
    /** The formula's font size in pixels at text scale 1 (a little above the controls' text). */
    static final float FONT_SIZE = (float) (Theme.BASE_FONT_SIZE * 1.15);

    /**
     * What was asked: the runs in the step-size list, the one written out, the row, the font size.
     *
     * @param runs     the visible runs, and the selected one even if hidden, in legend order
     * @param selected the index in {@code runs} of the run written out, -1 for none
     * @param k        the playhead's row
     * @param size     the font size in pixels
     */
    record Request(List<RuleSheet.Named> runs, int selected, int k, float size) {
    }

    /**
     * A sheet and its typeset image.
     *
     * @param sheet the sheet
     * @param image the sheet typeset, narrow, in {@link FigureStyle#INK} on a transparent background
     */
    public record Shown(RuleSheet sheet, BufferedImage image) {
        /** Checks that nothing is missing. */
        public Shown {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(image, "image");
        }
    }

    private final LabViewModel lab;
    private final LatestOnly<Request, Shown> work;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private Request last;

    /**
     * The rule of a lab's runs.
     *
     * @param worker  works the sheet out and typesets it (a background thread in the app)
     * @param deliver hands the result over on the FX thread ({@code Platform::runLater})
     */
    public RuleViewModel(LabViewModel lab, Executor worker, Executor deliver) {
        this.lab = lab;
        this.work = new LatestOnly<>(worker, deliver, RuleViewModel::compute);
        for (Observable o : new Observable[] {open, lab.playheadProperty(), lab.selectedProperty(),
            lab.view().textScaleProperty()}) {
            o.addListener(x -> refresh());
        }
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.planProperty(), run.nameProperty(),
            run.visibleProperty()}, x -> refresh());
    }

    /** Whether the panel is open: only then is the sheet worked out. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** The newest sheet worked out, null before the first. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Asks for the sheet of the lab as it is now, unless the panel is closed or it was asked already. */
    private void refresh() {
        if (!open.get()) {
            return;
        }
        List<RuleSheet.Named> runs = new ArrayList<>();
        int selected = -1;
        for (RunViewModel run : lab.runs()) {
            if (run == lab.selected()) {
                selected = runs.size();
            } else if (!run.isVisible()) {
                continue;
            }
            runs.add(new RuleSheet.Named(run.name(), run.planProperty().get()));
        }
        Request request = new Request(List.copyOf(runs), selected, lab.playhead(),
                (float) (FONT_SIZE * lab.view().textScaleProperty().get()));
        if (request.equals(last)) {
            return;
        }
        last = request;
        work.request(request, (q, result) -> shown.set(result));
    }

    private static Shown compute(Request request) {
        RuleSheet sheet = RuleSheet.at(request.runs(), request.selected(), request.k());
        return new Shown(sheet, TexImage.render(sheet.tex(true), request.size(), FigureStyle.INK.toArgb(), 0));
    }
}
