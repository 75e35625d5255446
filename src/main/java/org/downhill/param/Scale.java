package org.downhill.param;

/** How a slider moves over a real parameter: evenly in the value, or evenly in its logarithm. */
public enum Scale {
    /** Equal slider distances are equal differences of the value. */
    LINEAR,
    /** Equal slider distances are equal ratios of the value (the value must stay positive). */
    LOG
}
