package org.downhill.figure;

import java.util.Objects;
import org.downhill.diagnose.Regime;
import org.downhill.diagnose.Stability;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.render.NiceTicks;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.Outcome;
import org.downhill.sweep.StabilityMap;

/**
 * The stability map as a figure: a cell per learning rate (log, across) and momentum (up),
 * coloured by its regime ({@link RegimeStyle}) and darker the lower its final loss (brightness
 * {@code 0.55 + 0.45 t}, t the cell's log final loss between the lowest and the highest of the
 * cells that do not diverge), the theoretical edges as white lines where they are known, the
 * run's setting as a ring (if it lies on the map), and the axes. Drawn the same on the app's
 * canvas and into a PNG or SVG (groups: background, cells, edge, marker, axis). Immutable.
 *
 * @param map       the map
 * @param edges     the edges' learning rates at {@value #EDGE_SAMPLES} + 1 momenta evenly from the
 *                  map's first to its last, each row one rate per edge (rows of length 0: none
 *                  known), see {@link #edges(Trajectory, StabilityMap)}
 * @param lr        the run's learning rate (NaN: no ring)
 * @param momentum  the run's momentum or beta1 (NaN: no ring)
 * @param textScale the text size, 1 for the normal size
 * @param width     the width in units
 * @param height    the height in units
 */
public record MapFigure(StabilityMap map, double[][] edges, double lr, double momentum, double textScale,
                        double width, double height) implements Drawing {
    /** The edges are sampled at this many momentum intervals. */
    public static final int EDGE_SAMPLES = 100;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the edges are not {@value #EDGE_SAMPLES} + 1 rows, or the
     *                                  size or text scale is not positive and finite
     */
    public MapFigure {
        Objects.requireNonNull(map, "map");
        if (edges.length != EDGE_SAMPLES + 1) {
            throw new IllegalArgumentException("edges at " + edges.length + " momenta, not " + (EDGE_SAMPLES + 1));
        }
        if (!(width > 0 && height > 0 && textScale > 0 && Double.isFinite(width + height + textScale))) {
            throw new IllegalArgumentException("a map figure of " + width + " x " + height + ", text " + textScale);
        }
    }

    /**
     * The theoretical edges {@link Stability#edgeLr} over the map's momenta for a run (its
     * landscape, optimizer and the minimum it heads for, {@link Stability#forRun}): known for SGD
     * (heavy-ball or Nesterov momentum, with its dampening) on a quadratic landscape; otherwise
     * rows of length 0.
     */
    public static double[][] edges(Trajectory run, StabilityMap map) {
        double[][] rows = noEdges();
        OptimizerSpec o = run.plan().latestSettings().optimizer();
        boolean known = run.plan().spec().landscape().isQuadratic() && o.kind() == OptimizerKind.SGD;
        Stability s = known ? Stability.forRun(run).orElse(null) : null;
        double beta0 = map.momentum(0);
        double beta1 = map.momentum(map.momentumCount() - 1);
        for (int j = 0; j <= EDGE_SAMPLES; j++) {
            rows[j] = s == null ? new double[0] : s.edges(beta0 + (beta1 - beta0) * j / EDGE_SAMPLES,
                    o.hyper().real("dampening"), o.hyper().flag("nesterov"));
        }
        return rows;
    }

    /** Edges where none is known: {@value #EDGE_SAMPLES} + 1 rows of length 0. */
    public static double[][] noEdges() {
        return new double[EDGE_SAMPLES + 1][0];
    }

    private double left() {
        return 56 * textScale;
    }

    private double top() {
        return 8 * textScale;
    }

    private double plotWidth() {
        return width - left() - 12 * textScale;
    }

    private double plotHeight() {
        return height - top() - 38 * textScale;
    }

    /** The cell {i (learning rate), j (momentum)} under the point (x, y) of the figure, or null if none is. */
    public int[] cellAt(double x, double y) {
        double w = plotWidth();
        double h = plotHeight();
        if (x < left() || x >= left() + w || y < top() || y >= top() + h) {
            return null;
        }
        return new int[] {(int) ((x - left()) / w * map.lrCount()), (int) ((top() + h - y) / h * map.momentumCount())};
    }

    private double xOf(double rate) {
        double lo = Math.log10(map.lr(0));
        double hi = Math.log10(map.lr(map.lrCount() - 1));
        return left() + (Math.log10(rate) - lo) / (hi - lo) * plotWidth();
    }

    private double yOf(double beta) {
        double b0 = map.momentum(0);
        double b1 = map.momentum(map.momentumCount() - 1);
        return top() + plotHeight() - (beta - b0) / (b1 - b0) * plotHeight();
    }

    @Override
    public void paint(Sketch sketch) {
        sketch.beginGroup("background");
        sketch.setFill(Rgba.WHITE);
        sketch.fillRect(0, 0, width, height);
        sketch.endGroup();
        if (plotWidth() <= 0 || plotHeight() <= 0) {
            return;
        }
        cells(sketch);
        sketch.save();
        sketch.beginPath();
        sketch.rect(left(), top(), plotWidth(), plotHeight());
        sketch.clip();
        edgeLines(sketch);
        sketch.restore();
        ring(sketch);
        axes(sketch);
    }

    private void cells(Sketch sketch) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < map.momentumCount(); j++) {
            for (int i = 0; i < map.lrCount(); i++) {
                Outcome o = map.outcome(i, j);
                if (o.regime() != Regime.DIVERGES && o.finalLoss() > 0 && Double.isFinite(o.finalLoss())) {
                    lo = Math.min(lo, Math.log10(o.finalLoss()));
                    hi = Math.max(hi, Math.log10(o.finalLoss()));
                }
            }
        }
        double dx = plotWidth() / map.lrCount();
        double dy = plotHeight() / map.momentumCount();
        double bottom = top() + plotHeight();
        sketch.beginGroup("cells");
        for (int j = 0; j < map.momentumCount(); j++) {
            for (int i = 0; i < map.lrCount(); i++) {
                Outcome o = map.outcome(i, j);
                sketch.setFill(shade(RegimeStyle.of(o.regime()), o, lo, hi));
                sketch.fillRect(left() + i * dx, bottom - (j + 1) * dy, dx + 0.5, dy + 0.5);
            }
        }
        sketch.endGroup();
    }

    /** A cell's colour: its regime's, times {@code 0.55 + 0.45 t} unless it diverges. */
    private static Rgba shade(Rgba c, Outcome o, double lo, double hi) {
        if (o.regime() == Regime.DIVERGES || !(hi > lo) || !(o.finalLoss() > 0)) {
            return c;
        }
        double t = Math.max(0, Math.min(1, (Math.log10(o.finalLoss()) - lo) / (hi - lo)));
        double f = 0.55 + 0.45 * t;
        return Rgba.rgb((int) Math.round(c.red() * f), (int) Math.round(c.green() * f), (int) Math.round(c.blue() * f));
    }

    private void edgeLines(Sketch sketch) {
        sketch.beginGroup("edge");
        sketch.setStroke(Rgba.WHITE);
        sketch.setLineWidth(2);
        for (int k = 0; k < edges[0].length; k++) {
            sketch.beginPath();
            for (int j = 0; j <= EDGE_SAMPLES; j++) {
                double x = xOf(edges[j][k]);
                double y = top() + plotHeight() - (double) j / EDGE_SAMPLES * plotHeight();
                if (j == 0) {
                    sketch.moveTo(x, y);
                } else {
                    sketch.lineTo(x, y);
                }
            }
            sketch.stroke();
        }
        sketch.endGroup();
    }

    private void ring(Sketch sketch) {
        double b0 = map.momentum(0);
        double b1 = map.momentum(map.momentumCount() - 1);
        if (!(lr > 0 && momentum >= b0 && momentum <= b1)) {
            return;
        }
        double x = xOf(lr);
        double y = yOf(momentum);
        double r = 7 * textScale;
        sketch.beginGroup("marker");
        sketch.setStroke(Rgba.BLACK);
        sketch.setLineWidth(3);
        sketch.strokeOval(x - r, y - r, 2 * r, 2 * r);
        sketch.setStroke(Rgba.WHITE);
        sketch.setLineWidth(1.5);
        sketch.strokeOval(x - r, y - r, 2 * r, 2 * r);
        sketch.endGroup();
    }

    private void axes(Sketch sketch) {
        double w = plotWidth();
        double h = plotHeight();
        double bottom = top() + h;
        sketch.beginGroup("axis");
        sketch.setFont(FigureFont.regular(textScale, 13));
        sketch.setFill(FigureStyle.INK);
        sketch.setTextAlign(TextAlign.CENTER);
        sketch.setTextBaseline(TextBaseline.TOP);
        for (NiceTicks.Tick t : NiceTicks.log(map.lr(0), map.lr(map.lrCount() - 1), (int) Math.max(2, w / (80 * textScale)))) {
            if (t.major()) {
                sketch.fillText(t.label(), xOf(t.value()), bottom + 4 * textScale);
            }
        }
        sketch.fillText("learning rate (log)", left() + w / 2, bottom + 20 * textScale);
        sketch.setTextAlign(TextAlign.RIGHT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        double b0 = map.momentum(0);
        double b1 = map.momentum(map.momentumCount() - 1);
        for (NiceTicks.Tick t : NiceTicks.linear(b0, b1, 5)) {
            sketch.fillText(t.label(), left() - 6 * textScale, yOf(t.value()));
        }
        sketch.save();
        sketch.translate(14 * textScale, top() + h / 2);
        sketch.rotate(-90);
        sketch.setTextAlign(TextAlign.CENTER);
        sketch.fillText(map.axis(), 0, 0);
        sketch.restore();
        sketch.endGroup();
    }
}
