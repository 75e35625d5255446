package org.downhill.landscape;

/** How colours are spread over a landscape's values. */
public enum ColorScaling {
    /** Colour proportional to f. */
    LINEAR,
    /** Colour proportional to log(f - min + offset): for landscapes whose walls dwarf the valley floor. */
    LOG
}
