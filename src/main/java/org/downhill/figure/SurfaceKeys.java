package org.downhill.figure;

import java.util.List;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextMeasure;
import org.downhill.render.ColorMap;
import org.downhill.render.ValueScale;

/**
 * The legend and the colour bar of the 3D view, drawn as the 2D view draws them, into a sketch
 * laid over the 3D picture at the places a {@link SurfaceOverlay} chose.
 */
public final class SurfaceKeys {
    private SurfaceKeys() {
    }

    /**
     * The legend's size for these runs (its position is the overlay's to choose) in a view of this
     * width: as in 2D, a line per run with its colour, name and diagnosis, the diagnosis under the
     * name where the line would not fit beside the colour bar ({@link SurfaceOverlay#legendRoom}).
     */
    public static Box legendSize(List<FigureRun> shown, TextMeasure measure, double text, double viewWidth,
                                 boolean colorBar) {
        return PlaneLayout.legendSize(shown, measure, text, SurfaceOverlay.legendRoom(viewWidth, text, colorBar));
    }

    /**
     * Paints the legend of the shown runs and the colour bar (the colour map over the scale of the
     * 3D surface's colours) where the overlay put them; nothing for a part it has none of.
     *
     * @param undefined whether the landscape is undefined somewhere in view (the hatching's key)
     */
    public static void paint(Sketch sketch, SurfaceOverlay overlay, List<FigureRun> shown, ValueScale scale,
                             ColorMap map, boolean undefined, double text) {
        if (overlay.colorBar() != null && scale != null) {
            Box b = overlay.colorBar();
            sketch.setLineWidth(1);
            BackgroundPainter.colorBar(sketch, b.x() + 4, b.y() + 22 * text, b.height() - 30 * text
                    - (undefined ? BackgroundPainter.UNDEFINED_KEY * text : 0), scale, map, undefined, text);
        }
        if (overlay.legend() != null && !shown.isEmpty()) {
            RunPainter.legend(sketch, shown, overlay.legend(), text);
        }
    }
}
