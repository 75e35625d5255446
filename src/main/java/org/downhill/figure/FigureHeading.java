package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.figure.sketch.TextMeasure;

/**
 * The title and caption above a figure's plot: the title in bold on one line (cut with an
 * ellipsis if it is wider than the figure), the caption under it, wrapped at spaces to the
 * figure's width less the margins. The plot takes the height left under them.
 *
 * @param title   the title's line, or "" for none
 * @param caption the caption's lines
 * @param text    the text scale
 */
public record FigureHeading(String title, List<String> caption, double text) {
    /** The space left and right of the text, and above the title, in text units. */
    public static final double MARGIN = 16;

    /** Makes an unmodifiable copy of the list. */
    public FigureHeading {
        caption = List.copyOf(caption);
    }

    /** The heading of a figure width units wide with these options, its text measured with {@code measure}. */
    public static FigureHeading of(FigureOptions options, double width, double text, TextMeasure measure) {
        double room = Math.max(40, width - 2 * MARGIN * text);
        String title = options.title().isEmpty() ? "" : fit(options.title(), titleFont(text), room, measure);
        return new FigureHeading(title, wrap(options.caption(), captionFont(text), room, measure), text);
    }

    /** The title's font: bold, 20 units at text scale 1. */
    static FigureFont titleFont(double text) {
        return FigureFont.bold(text, 20);
    }

    /** The caption's font: regular, 14 units at text scale 1. */
    static FigureFont captionFont(double text) {
        return FigureFont.regular(text, 14);
    }

    /** The height the heading takes: 0 for none, else the margin, the title and the caption lines and a gap. */
    public double height() {
        if (title.isEmpty() && caption.isEmpty()) {
            return 0;
        }
        return MARGIN * text * 0.75 + (title.isEmpty() ? 0 : 28 * text) + caption.size() * 19 * text + 6 * text;
    }

    /** Paints the heading at the top of a sketch. */
    public void paint(Sketch sketch) {
        double y = MARGIN * text * 0.75;
        sketch.beginGroup("heading");
        sketch.setFill(FigureStyle.INK);
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.TOP);
        if (!title.isEmpty()) {
            sketch.setFont(titleFont(text));
            sketch.fillText(title, MARGIN * text, y);
            y += 28 * text;
        }
        sketch.setFont(captionFont(text));
        sketch.setFill(FigureStyle.MUTED);
        for (String line : caption) {
            sketch.fillText(line, MARGIN * text, y);
            y += 19 * text;
        }
        sketch.endGroup();
    }

    /** The text cut at a word (or a character) with an ellipsis so that it is at most {@code room} wide. */
    static String fit(String s, FigureFont font, double room, TextMeasure measure) {
        if (measure.width(s, font) <= room) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && measure.width(cut + "\u2026", font) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "\u2026";
    }

    /** The text broken at spaces into lines at most {@code room} wide (a longer word is cut, see {@link #fit}). */
    static List<String> wrap(String s, FigureFont font, double room, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String tried = line.length() == 0 ? word : line + " " + word;
            if (measure.width(tried, font) <= room || line.length() == 0) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(fit(line.toString(), font, room, measure));
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(fit(line.toString(), font, room, measure));
        }
        return lines;
    }
}
