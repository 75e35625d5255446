package org.downhill.landscape;

import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;

/**
 * An axis-aligned rectangle of the (x, y) plane, the region a view shows.
 *
 * <p>Any rectangle with finite edges is a window, but a view can only draw one that doubles can
 * resolve into pixels and whose values stay in range: at most {@link #MAX_SPAN} wide and high, and
 * at least {@link #MIN_RELATIVE_SPAN} times {@code max(1, largest |edge|)} (a double carries about
 * 16 significant digits, so a narrower window far from the origin would collapse to a few
 * distinct coordinates). {@link #viewProblem()} says why a window is not {@linkplain #isViewable()
 * viewable}; scenarios and the app's zoom keep to viewable windows.
 *
 * @param xMin left edge
 * @param xMax right edge, greater than {@code xMin}
 * @param yMin bottom edge
 * @param yMax top edge, greater than {@code yMin}
 */
public record Window(double xMin, double xMax, double yMin, double yMax) {

    /** The widest (and highest) a viewable window may be. */
    public static final double MAX_SPAN = 1e9;
    /** The narrowest a viewable window may be, as a fraction of {@code max(1, largest |edge|)}. */
    public static final double MIN_RELATIVE_SPAN = 1e-9;

    /**
     * Validates the edges.
     *
     * @throws InvalidParameterException unless every edge is finite, {@code xMin < xMax},
     *                                   {@code yMin < yMax} and the spans are finite
     */
    public Window {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new InvalidParameterException("Not a window: " + describe(xMin, xMax, yMin, yMax)
                    + " (allowed: finite edges with x_min < x_max and y_min < y_max)");
        }
    }

    /** A square window centred on (cx, cy) with the given half width. */
    public static Window centered(double cx, double cy, double halfWidth) {
        return new Window(cx - halfWidth, cx + halfWidth, cy - halfWidth, cy + halfWidth);
    }

    /** xMax - xMin. */
    public double width() {
        return xMax - xMin;
    }

    /** yMax - yMin. */
    public double height() {
        return yMax - yMin;
    }

    /** Whether (x, y) lies inside or on the edge. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** Whether a view can draw this window (see the class comment). */
    public boolean isViewable() {
        return viewProblem() == null;
    }

    /** Why a view cannot draw this window, in a sentence naming the limit; {@code null} if it can. */
    public String viewProblem() {
        double span = Math.max(width(), height());
        if (span > MAX_SPAN) {
            return "The window " + describe(xMin, xMax, yMin, yMax) + " is " + NumberText.of(span)
                    + " across; a view spans at most " + NumberText.of(MAX_SPAN);
        }
        double scale = Math.max(1, Math.max(Math.max(Math.abs(xMin), Math.abs(xMax)),
                Math.max(Math.abs(yMin), Math.abs(yMax))));
        double narrowest = Math.min(width(), height());
        if (narrowest < MIN_RELATIVE_SPAN * scale) {
            return "The window " + describe(xMin, xMax, yMin, yMax) + " is only " + NumberText.of(narrowest)
                    + " across, too narrow to draw: a view spans at least " + NumberText.of(MIN_RELATIVE_SPAN)
                    + " times its largest coordinate (and at least " + NumberText.of(MIN_RELATIVE_SPAN) + ")";
        }
        return null;
    }

    /**
     * This window, if a view can draw it.
     *
     * @throws InvalidParameterException saying why not (see {@link #viewProblem()})
     */
    public Window requireViewable() {
        String problem = viewProblem();
        if (problem != null) {
            throw new InvalidParameterException(problem);
        }
        return this;
    }

    private static String describe(double xMin, double xMax, double yMin, double yMax) {
        return "x from " + NumberText.of(xMin) + " to " + NumberText.of(xMax) + ", y from " + NumberText.of(yMin)
                + " to " + NumberText.of(yMax);
    }
}
