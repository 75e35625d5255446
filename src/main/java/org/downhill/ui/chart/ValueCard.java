package org.downhill.ui.chart;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.downhill.figure.FigureStyle;
import org.downhill.figure.Labels;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.sim.Trajectory;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.sketch.FxPaint;

/**
 * The card of values at the hovered step: "step k", then one line per visible run with a swatch
 * of its colour, its name and its value (or "ended" past the end of a run that stopped). Placed
 * beside the hover line, on the side with more room.
 */
final class ValueCard {
    private ValueCard() {
    }

    static void paint(Sketch gc, ChartFrame frame, int step, List<RunViewModel> runs,
                      ToDoubleFunction<Trajectory> value, double text) {
        FigureFont font = FigureFont.regular(text, 11);
        FigureFont bold = FigureFont.bold(text, 11);
        double line = 16 * text;
        double pad = 6 * text;
        String heading = "step " + step;
        double width = gc.measure().width(heading, bold);
        int lines = 1;
        for (RunViewModel run : runs) {
            if (run.isVisible()) {
                width = Math.max(width, 14 * text + gc.measure().width(run.name() + "  " + valueText(run, step, value), font));
                lines++;
            }
        }
        double w = width + 2 * pad;
        double h = lines * line + 2 * pad - 4 * text;
        double x = frame.x(step);
        double left = x + 10 + w <= frame.left() + frame.width() ? x + 10 : x - 10 - w;
        double top = frame.top() + 2;
        gc.setFill(FigureStyle.PANEL);
        gc.fillRoundRect(left, top, w, h, 6, 6);
        gc.setStroke(FigureStyle.PANEL_BORDER);
        gc.setLineWidth(1);
        gc.strokeRoundRect(left, top, w, h, 6, 6);
        gc.setTextAlign(TextAlign.LEFT);
        gc.setTextBaseline(TextBaseline.CENTER);
        gc.setFill(FigureStyle.INK);
        gc.setFont(bold);
        double y = top + pad + line / 2 - 2 * text;
        gc.fillText(heading, left + pad, y);
        gc.setFont(font);
        for (RunViewModel run : runs) {
            if (!run.isVisible()) {
                continue;
            }
            y += line;
            gc.setFill(FxPaint.rgba(run.color()));
            gc.fillRect(left + pad, y - 4 * text, 9 * text, 9 * text);
            gc.setFill(FigureStyle.INK);
            gc.fillText(run.name() + "  " + valueText(run, step, value), left + pad + 14 * text, y);
        }
    }

    private static String valueText(RunViewModel run, int step, ToDoubleFunction<Trajectory> value) {
        Trajectory t = run.trajectory();
        if (step > t.lastStep()) {
            return t.termination().diverged() ? "diverged" : "\u2013";
        }
        return Labels.number(value.applyAsDouble(t));
    }
}
