package org.downhill.diagnose;

/** Where a run ends up, judged by the stationary point it approaches. */
public enum Destination {
    /** A minimum with the lowest known value. */
    GLOBAL_MINIMUM,
    /** A minimum higher than a known better one. */
    LOCAL_MINIMUM,
    /** A saddle point: curving up one way and down the other. */
    SADDLE,
    /** A nearly flat region where the gradient almost vanishes away from any stationary point. */
    PLATEAU,
    /** No stationary point in sight (still travelling, oscillating or diverging). */
    NONE
}
