package org.downhill.render.surface;

import java.util.ArrayList;
import java.util.List;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.downhill.render.NiceTicks;
import org.downhill.render.ValueScale;

/**
 * The labels of a {@link SurfaceBox}'s axes, on the edges of the floor that face the viewer, a
 * little outside the box: round x values along the X edge nearer the viewer (Z = sideZ (halfDepth
 * + MARGIN)), round y values along the nearer Z edge (X = sideX (halfWidth + MARGIN)), and loss
 * values up the {@link #lossAxisX vertical axis} at the corner near in X and far in Z, so that it
 * stands beside the surface rather than in front of it (anchored on the axis, to be drawn
 * {@link AxisLabel#beside beside} it); plus a title per axis. Loss ticks are
 * {@link NiceTicks#linear} on a linear scale; on a logarithmic one they are the powers of ten of
 * f - lo ({@link NiceTicks#log} between the box's height scale's offset and hi - lo), labelled d when |lo| is
 * below 1% of the smallest (so the label is f to within 1%, as for a minimum of 0 sampled a
 * little off) and "min + d" otherwise.
 */
public final class BoxAxes {
    /** About how many ticks each axis gets. */
    public static final int TICKS = 5;
    /** How far outside the box labels sit, in scene units. */
    public static final double MARGIN = 14;

    private BoxAxes() {
    }

    /**
     * The tick labels and titles of every axis for a viewer on the given sides of the box, in
     * order of priority (where labels crowd, the later ones give way): the titles, the x ticks,
     * the y ticks, the loss ticks.
     *
     * @param sideX +1 if the viewer is on the +X side of the box, else -1
     * @param sideZ +1 if the viewer is on the +Z side of the box, else -1
     */
    public static List<AxisLabel> labels(SurfaceBox box, int sideX, int sideZ) {
        int sx = sideX >= 0 ? 1 : -1;
        int sz = sideZ >= 0 ? 1 : -1;
        List<AxisLabel> labels = new ArrayList<>();
        Window w = box.window();
        double floor = box.floor();
        double xEdge = sz * (box.halfDepth() + MARGIN);
        double yEdge = sx * (box.halfWidth() + MARGIN);
        double ax = lossAxisX(box, sx);
        double az = lossAxisZ(box, sz);
        labels.add(new AxisLabel(0, floor, xEdge + sz * 2 * MARGIN, "x", true, false));
        labels.add(new AxisLabel(yEdge + sx * 2 * MARGIN, floor, 0, "y", true, false));
        labels.add(new AxisLabel(ax, box.top() - 2 * MARGIN, az, "loss", true, false));
        for (NiceTicks.Tick t : NiceTicks.linear(w.xMin(), w.xMax(), TICKS)) {
            labels.add(new AxisLabel(box.sceneX(t.value()), floor, xEdge, t.label(), false, false));
        }
        for (NiceTicks.Tick t : NiceTicks.linear(w.yMin(), w.yMax(), TICKS)) {
            labels.add(new AxisLabel(yEdge, floor, box.sceneZ(t.value()), t.label(), false, false));
        }
        ValueScale scale = box.heightScale();
        if (scale.scaling() == ColorScaling.LOG) {
            double lo = scale.lo();
            List<NiceTicks.Tick> ticks = NiceTicks.log(scale.offset(), scale.hi() - lo, TICKS);
            boolean plain = !ticks.isEmpty() && Math.abs(lo) < 0.01 * ticks.get(0).value();
            for (NiceTicks.Tick t : ticks) {
                String text = plain ? t.label() : "min + " + t.label();
                labels.add(new AxisLabel(ax, box.sceneY(lo + t.value()), az, text, false, true));
            }
        } else {
            for (NiceTicks.Tick t : NiceTicks.linear(scale.lo(), scale.hi(), TICKS)) {
                labels.add(new AxisLabel(ax, box.sceneY(t.value()), az, t.label(), false, true));
            }
        }
        return labels;
    }

    /** The X of the vertical loss axis: on the viewer's side, half a margin outside the box. */
    public static double lossAxisX(SurfaceBox box, int sideX) {
        return (sideX >= 0 ? 1 : -1) * (box.halfWidth() + MARGIN / 2);
    }

    /** The Z of the vertical loss axis: on the side away from the viewer, half a margin outside the box. */
    public static double lossAxisZ(SurfaceBox box, int sideZ) {
        return -(sideZ >= 0 ? 1 : -1) * (box.halfDepth() + MARGIN / 2);
    }
}
