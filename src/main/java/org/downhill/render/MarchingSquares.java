package org.downhill.render;

/**
 * Contour lines of a sampled grid by marching squares. The grid's cell centres (see
 * {@link SampledGrid}) are the nodes; each square of four neighbouring nodes is visited once and
 * checked against the levels between its smallest and largest corner.
 *
 * <p>For a level L a node is "above" when its value is greater than L. An edge between an above
 * and a not-above node is crossed where the linear interpolation of its two values equals L:
 * {@code p = p0 + (L - v0)/(v1 - v0) (p1 - p0)}, always computed from the left node of a
 * horizontal edge and the top node of a vertical one, so that the two squares sharing an edge
 * compute the same point to the last bit (and a node whose value is L is met exactly).
 *
 * <p>A square whose two above corners are diagonal (a saddle) is resolved by its centre value, the
 * mean of its four corners: if that is above L the two above corners are joined through the centre
 * and the lines cut off the other two, else the reverse.
 * Squares with a NaN or infinite corner give no lines, and segments of zero length (a level through
 * a node) are dropped.
 */
public final class MarchingSquares {
    private static final int TOP = 0;
    private static final int RIGHT = 1;
    private static final int BOTTOM = 2;
    private static final int LEFT = 3;

    /**
     * The crossed edges, in pairs, of each square by its case: bit 0 set when the top-left corner
     * is above the level, bit 1 top-right, bit 2 bottom-right, bit 3 bottom-left. The saddles 5 and
     * 10 are listed with their centre not above the level, cutting off their two above corners;
     * with the centre above, a saddle takes the pairs of the other saddle, which cut off the two
     * corners that are not above.
     */
    private static final int[][] EDGES = {
        {},
        {LEFT, TOP},
        {TOP, RIGHT},
        {LEFT, RIGHT},
        {RIGHT, BOTTOM},
        {LEFT, TOP, RIGHT, BOTTOM},
        {TOP, BOTTOM},
        {BOTTOM, LEFT},
        {BOTTOM, LEFT},
        {TOP, BOTTOM},
        {TOP, RIGHT, BOTTOM, LEFT},
        {RIGHT, BOTTOM},
        {LEFT, RIGHT},
        {TOP, RIGHT},
        {LEFT, TOP},
        {},
    };

    private final SampledGrid grid;
    private final ContourSet out;
    /** The current square: corner values (top-left, top-right, bottom-right, bottom-left) and edges. */
    private double topLeft;
    private double topRight;
    private double bottomRight;
    private double bottomLeft;
    private double left;
    private double right;
    private double top;
    private double bottom;

    private MarchingSquares(SampledGrid grid, ContourSet out) {
        this.grid = grid;
        this.out = out;
    }

    /**
     * Contours a grid at the given levels.
     *
     * @param levels finite and strictly ascending, e.g. from {@link ContourLevels}
     * @param reuse  a set to overwrite (its arrays are kept); may be null
     * @return {@code reuse}, or a new set if it was null, with one entry per level
     * @throws IllegalArgumentException if the levels are not finite and strictly ascending
     */
    public static ContourSet contour(SampledGrid grid, double[] levels, ContourSet reuse) {
        for (int k = 0; k < levels.length; k++) {
            if (!Double.isFinite(levels[k]) || k > 0 && !(levels[k] > levels[k - 1])) {
                throw new IllegalArgumentException("levels must be finite and strictly ascending; level " + k
                        + " is " + levels[k] + (k > 0 ? " after " + levels[k - 1] : ""));
            }
        }
        ContourSet set = reuse != null ? reuse : new ContourSet();
        set.reset(levels);
        new MarchingSquares(grid, set).run(levels);
        return set;
    }

    private void run(double[] levels) {
        double[] v = grid.values();
        int nx = grid.nx();
        int hint = 0;
        for (int j = 0; j + 1 < grid.ny(); j++) {
            int row = j * nx;
            for (int i = 0; i + 1 < nx; i++) {
                double a = v[row + i];
                double b = v[row + i + 1];
                double c = v[row + nx + i + 1];
                double d = v[row + nx + i];
                double sum = a + b + c + d;
                if (!(sum - sum == 0)) {
                    continue; // a NaN or infinite corner (or an overflowing sum)
                }
                double lo = Math.min(Math.min(a, b), Math.min(c, d));
                double hi = Math.max(Math.max(a, b), Math.max(c, d));
                // the levels L with lo <= L < hi cross this square; start from the last square's
                hint = firstAtLeast(levels, lo, hint);
                if (hint == levels.length || levels[hint] >= hi) {
                    continue;
                }
                topLeft = a;
                topRight = b;
                bottomRight = c;
                bottomLeft = d;
                left = grid.x(i);
                right = grid.x(i + 1);
                top = grid.y(j);
                bottom = grid.y(j + 1);
                for (int k = hint; k < levels.length && levels[k] < hi; k++) {
                    square(k, levels[k], sum / 4);
                }
            }
        }
    }

    /** The first index k from which levels[k] &gt;= value, found by walking from a nearby index. */
    private static int firstAtLeast(double[] levels, double value, int from) {
        int k = from;
        while (k > 0 && levels[k - 1] >= value) {
            k--;
        }
        while (k < levels.length && levels[k] < value) {
            k++;
        }
        return k;
    }

    /** Adds the segments of level k (value level) through the current square. */
    private void square(int k, double level, double centre) {
        int index = (topLeft > level ? 1 : 0) | (topRight > level ? 2 : 0)
                | (bottomRight > level ? 4 : 0) | (bottomLeft > level ? 8 : 0);
        if ((index == 5 || index == 10) && centre > level) {
            index = 15 - index;
        }
        int[] edges = EDGES[index];
        for (int e = 0; e < edges.length; e += 2) {
            double x0 = x(edges[e], level);
            double y0 = y(edges[e], level);
            double x1 = x(edges[e + 1], level);
            double y1 = y(edges[e + 1], level);
            if (x0 != x1 || y0 != y1) {
                out.add(k, x0, y0, x1, y1);
            }
        }
    }

    private double x(int edge, double level) {
        return switch (edge) {
            case TOP -> cross(left, right, topLeft, topRight, level);
            case BOTTOM -> cross(left, right, bottomLeft, bottomRight, level);
            case LEFT -> left;
            default -> right;
        };
    }

    private double y(int edge, double level) {
        return switch (edge) {
            case LEFT -> cross(top, bottom, topLeft, bottomLeft, level);
            case RIGHT -> cross(top, bottom, topRight, bottomRight, level);
            case TOP -> top;
            default -> bottom;
        };
    }

    /**
     * Where the linear interpolation from p0 (value v0) to p1 (value v1) equals level: exactly p0
     * or p1 when v0 or v1 is the level, so that a level through a node meets it in one point.
     */
    private static double cross(double p0, double p1, double v0, double v1, double level) {
        return v1 == level ? p1 : p0 + (level - v0) / (v1 - v0) * (p1 - p0);
    }
}
