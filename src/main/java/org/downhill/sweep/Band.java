package org.downhill.sweep;

import org.downhill.diagnose.Regime;

/**
 * A stretch of neighbouring points of a 1D sweep with the same regime.
 *
 * @param regime the regime of every point in it
 * @param from   the index of its first point
 * @param to     the index of its last point (inclusive)
 */
public record Band(Regime regime, int from, int to) {
}
