package org.downhill.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.downhill.claim.Numbers;
import org.downhill.data.Conditioning;
import org.downhill.data.LargestLearningRate;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.CriticalPoint;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.Settings;
import org.downhill.ui.LatestOnly;

/**
 * "Larger batches allow larger learning rates", measured in the app: for batch sizes 1, 4, 16, 64
 * and all rows, the largest learning rate with which {@link #EPOCHS} epochs of the selected run's
 * optimizer and schedule (from its start) bring the full-data loss to at most {@link #TARGET_FACTOR}
 * times the minimum's, for each of {@link #REPEATS} shuffled orders (seeds 1 to 5), found by
 * {@link LargestLearningRate} on a worker, newest request only. The caption is written from the
 * measured numbers. A new landscape forgets the result.
 */
public final class LrVsBatchViewModel {
    /** The batch sizes measured. */
    public static final List<Integer> SIZES = List.of(1, 4, 16, 64, Batching.ALL_ROWS);
    /** Epochs per run. */
    public static final int EPOCHS = 20;
    /** Shuffled orders that must all reach the target. */
    public static final int REPEATS = 5;
    /** The target as a multiple of the minimum's loss (as {@code lr-vs-batch}'s default). */
    public static final double TARGET_FACTOR = 1.05;

    /**
     * What is measured.
     *
     * @param landscape the model on data
     * @param startX    p1 at step 0
     * @param startY    p2 at step 0
     * @param settings  the optimizer and schedule (the lr is what varies)
     */
    public record Request(ModelLandscape landscape, double startX, double startY, Settings settings) {
    }

    /**
     * The measurement.
     *
     * @param request what was measured
     * @param target  the loss to reach
     * @param edges   the largest good rate per batch size, in the order of {@link #SIZES}
     */
    public record Result(Request request, double target, List<LargestLearningRate.Edge> edges) {
        /** Copies the list. */
        public Result {
            edges = List.copyOf(edges);
        }
    }

    private final LabViewModel lab;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private LatestOnly<Request, Result> measurer;

    /** Measurements on the lab's landscape and selected run, on the calling thread until {@link #measureOn}. */
    public LrVsBatchViewModel(LabViewModel lab) {
        this.lab = lab;
        this.measurer = new LatestOnly<>(Runnable::run, Runnable::run, LrVsBatchViewModel::measure);
        lab.landscapeProperty().addListener((obs, old, now) -> {
            measurer.cancel();
            running.set(false);
            result.set(null);
        });
    }

    /**
     * Measures on {@code worker} and shows the result on {@code deliver}.
     *
     * @param worker  a background thread
     * @param deliver the FX thread ({@code Platform::runLater})
     */
    public void measureOn(Executor worker, Executor deliver) {
        measurer.cancel();
        measurer = new LatestOnly<>(worker, deliver, LrVsBatchViewModel::measure);
    }

    /** The last measurement, or {@code null} before one (or after the landscape changed). */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether a measurement is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Whether there is something to measure: a model on data with a finite minimum (the target is
     * relative to its loss) and a selected run.
     */
    public boolean canMeasure() {
        return lab.landscape() instanceof ModelLandscape f && lab.selected() != null && minimum(f) != null;
    }

    /** Measures for the lab's model and the selected run's optimizer, schedule and start; nothing if it cannot. */
    public void measure() {
        if (!canMeasure()) {
            return;
        }
        RunViewModel run = lab.selected();
        Settings settings = run.settings().withNoise(NoiseSpec.NONE);
        Request request = new Request((ModelLandscape) lab.landscape(), run.startProperty().get().getX(),
                run.startProperty().get().getY(), settings);
        running.set(true);
        measurer.request(request, (asked, measured) -> {
            running.set(false);
            result.set(measured);
        });
    }

    private static Result measure(Request r) {
        double target = TARGET_FACTOR * minimum(r.landscape()).value();
        LargestLearningRate search = new LargestLearningRate(r.landscape(), r.startX(), r.startY(), r.settings(), true,
                1, REPEATS, EPOCHS, target);
        List<LargestLearningRate.Edge> edges = new ArrayList<>();
        for (int size : SIZES) {
            edges.add(search.find(size));
        }
        return new Result(r, target, edges);
    }

    private static CriticalPoint minimum(ModelLandscape f) {
        return f.criticalPoints().stream().filter(c -> c.kind().isMinimum()).findFirst().orElse(null);
    }

    /** The batch size in words: {@code all rows} for a batch of every row, else the number. */
    public static String sizeText(LargestLearningRate.Edge e, int rows) {
        return e.batchSize() >= rows ? (e.batchSize() == Batching.ALL_ROWS ? "all rows" : e.batchSize() + " (= all rows)")
                : Integer.toString(e.batchSize());
    }

    /**
     * The caption of a measurement, every number from it: the rule, the largest good rate per
     * batch size ("none" where no rate on the grid reaches the target), the 2/L of the minimum,
     * and, when both ends have one, how many times larger the rate of all rows is than that of
     * batch 1, and whether the rates grow with the batch size throughout.
     */
    public static String caption(Result r) {
        ModelLandscape f = r.request().landscape();
        StringBuilder sb = new StringBuilder("Largest learning rate with which " + EPOCHS + " epochs of "
                + r.request().settings().optimizer().kind().displayName() + " bring the full-data loss to at most "
                + Numbers.format(r.target()) + " (" + Numbers.format(TARGET_FACTOR) + " times the minimum), with each of "
                + REPEATS + " shuffled orders: ");
        List<String> parts = new ArrayList<>();
        for (LargestLearningRate.Edge e : r.edges()) {
            parts.add("B = " + sizeText(e, f.rows()) + ": " + (Double.isNaN(e.lr()) ? "none" : Numbers.format(e.lr())));
        }
        sb.append(String.join(", ", parts)).append('.');
        Conditioning c = f.conditioning();
        if (c != null) {
            sb.append(" 2/L at the minimum: ").append(Numbers.format(c.twoOverL())).append('.');
        }
        double first = r.edges().get(0).lr();
        double last = r.edges().get(r.edges().size() - 1).lr();
        if (!Double.isNaN(first) && !Double.isNaN(last)) {
            sb.append(" All rows allow ").append(Numbers.format(last / first)).append(" times the rate of batch 1");
            sb.append(growing(r) ? ", and the rate grows with every larger batch." : "; it does not grow at every step.");
        }
        return sb.toString();
    }

    /** Whether the largest good rate never falls as the batch grows (every size has one). */
    static boolean growing(Result r) {
        double before = 0;
        for (LargestLearningRate.Edge e : r.edges()) {
            if (Double.isNaN(e.lr()) || e.lr() < before) {
                return false;
            }
            before = e.lr();
        }
        return true;
    }
}
