package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.downhill.data.Model;
import org.downhill.figure.sketch.AwtText;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.figure.sketch.TextMeasure;

/**
 * A figure of the data view, ready to draw: a title and caption if its options have them
 * ({@link FigureHeading}), then, if its options ask for a legend, a key of what is drawn (each
 * run's model in its colour and name, the exact optimum's model dashed, the next batch's ring, and
 * on two classes the two labels' marks), and the data view itself ({@link DataPainter}) in the
 * height left. The colour bar and small multiples of the 2D view's options do not apply.
 * Immutable; {@link FigureFormats} makes PNG and SVG of it on any thread.
 *
 * @param picture what the data view shows (taken from the window at once)
 * @param options legend, transparency, title and caption
 * @param text    the text scale
 * @param width   the width in units (pixels at scale 1)
 * @param height  the height in units
 */
public record DataFigure(DataPicture picture, FigureOptions options, double text, double width, double height)
        implements Drawing {
    private static final double SAMPLE = 22;
    private static final double GAP = 14;
    private static final double ROW = 18;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a size or the text scale is not positive and finite
     */
    public DataFigure {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(options, "options");
        if (!(width > 0 && height > 0 && text > 0 && Double.isFinite(width) && Double.isFinite(height)
                && Double.isFinite(text))) {
            throw new IllegalArgumentException("a figure needs a positive finite size and text scale, not " + width
                    + " x " + height + " at " + text);
        }
    }

    /** What the key shows: a kind of mark and its words. */
    enum Mark { LINE, DASHED, RING, CIRCLE, SQUARE }

    /** One entry of the key. */
    record Entry(Mark mark, Rgba color, String label) {
    }

    /** The key's entries, in order: each run's model, the optimum's, the next batch, the two classes. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (DataPicture.Fit fit : picture.fits()) {
            entries.add(new Entry(Mark.LINE, fit.color(), fit.name()));
        }
        if (picture.landscape().criticalPoints().stream().anyMatch(c -> c.kind().isMinimum())) {
            entries.add(new Entry(Mark.DASHED, DataPainter.OPTIMUM, "exact optimum"));
        }
        if (!picture.batch().isEmpty()) {
            entries.add(new Entry(Mark.RING, FigureStyle.INK, "next batch"));
        }
        if (picture.landscape().model() == Model.LOGISTIC) {
            entries.add(new Entry(Mark.CIRCLE, DataPainter.CLASS_ONE, "label 1"));
            entries.add(new Entry(Mark.SQUARE, DataPainter.CLASS_ZERO, "label 0"));
        }
        return entries;
    }

    /** The key's lines: entries flowed left to right, a new line where the next would pass the margin. */
    List<List<Entry>> keyLines(TextMeasure measure) {
        List<List<Entry>> lines = new ArrayList<>();
        if (!options.legend()) {
            return lines;
        }
        double room = width - 2 * FigureHeading.MARGIN * text;
        double x = 0;
        List<Entry> line = new ArrayList<>();
        for (Entry e : entries()) {
            double w = entryWidth(e, measure);
            if (!line.isEmpty() && x + w > room) {
                lines.add(line);
                line = new ArrayList<>();
                x = 0;
            }
            line.add(e);
            x += w + GAP * text;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private double entryWidth(Entry e, TextMeasure measure) {
        return (SAMPLE + 5) * text + measure.width(e.label(), font());
    }

    private FigureFont font() {
        return FigureFont.regular(text, 12);
    }

    /** The height of the title, caption and key above the data view. */
    double top(TextMeasure measure) {
        int rows = keyLines(measure).size();
        return heading().height() + (rows == 0 ? 0 : rows * ROW * text + 8 * text);
    }

    private FigureHeading heading() {
        return FigureHeading.of(options, width, text, AwtText.INSTANCE);
    }

    @Override
    public void paint(Sketch sketch) {
        TextMeasure measure = AwtText.INSTANCE;
        double top = top(measure);
        if (!options.transparent()) {
            sketch.setFill(FigureStyle.BACKGROUND);
            sketch.fillRect(0, 0, width, height);
        }
        FigureHeading heading = heading();
        heading.paint(sketch);
        paintKey(sketch, heading.height() + 4 * text, measure);
        sketch.save();
        sketch.translate(0, top);
        DataPainter.paint(sketch, picture, text, width, Math.max(1, height - top), !options.transparent());
        sketch.restore();
    }

    private void paintKey(Sketch s, double y0, TextMeasure measure) {
        List<List<Entry>> lines = keyLines(measure);
        if (lines.isEmpty()) {
            return;
        }
        s.beginGroup("legend");
        s.setFont(font());
        s.setTextAlign(TextAlign.LEFT);
        s.setTextBaseline(TextBaseline.CENTER);
        double y = y0 + ROW * text / 2;
        for (List<Entry> line : lines) {
            double x = FigureHeading.MARGIN * text;
            for (Entry e : line) {
                mark(s, e, x, y);
                s.setFill(FigureStyle.INK);
                s.fillText(e.label(), x + (SAMPLE + 5) * text, y);
                x += entryWidth(e, measure) + GAP * text;
            }
            y += ROW * text;
        }
        s.endGroup();
    }

    private void mark(Sketch s, Entry e, double x, double y) {
        double mid = x + SAMPLE * text / 2;
        double r = 3.2 * text;
        switch (e.mark()) {
            case LINE, DASHED -> {
                s.setStroke(e.color());
                s.setLineWidth((e.mark() == Mark.LINE ? 2.5 : 1.5) * text);
                if (e.mark() == Mark.DASHED) {
                    s.setLineDashes(6 * text, 4 * text);
                }
                s.strokeLine(x, y, x + SAMPLE * text, y);
                s.setLineDashes();
            }
            case RING -> {
                double ring = 6 * text;
                s.setStroke(e.color());
                s.setLineWidth(1.8 * text);
                s.strokeOval(mid - ring, y - ring, 2 * ring, 2 * ring);
            }
            case CIRCLE -> {
                s.setFill(e.color());
                s.fillOval(mid - r, y - r, 2 * r, 2 * r);
            }
            case SQUARE -> {
                s.setFill(e.color());
                s.fillRect(mid - r, y - r, 2 * r, 2 * r);
            }
        }
    }
}
