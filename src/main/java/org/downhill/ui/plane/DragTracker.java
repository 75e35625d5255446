package org.downhill.ui.plane;

/**
 * A press and the moves after it: a click until the pointer has gone more than
 * {@value #CLICK_SLOP} pixels from where it was pressed, a drag from then on, with the move since
 * the last one (what a pan applies).
 */
final class DragTracker {
    /** How far, in pixels, a pressed pointer may wander and still make a click. */
    static final double CLICK_SLOP = 4;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    /** The pointer was pressed at (x, y). */
    void press(double x, double y) {
        pressX = x;
        pressY = y;
        lastX = x;
        lastY = y;
        dragged = false;
    }

    /**
     * The pointer moved to (x, y) while pressed; true if this press is a drag (now or before).
     * Read {@link #dx} and {@link #dy} before {@link #moved}.
     */
    boolean drag(double x, double y) {
        dragged |= Math.hypot(x - pressX, y - pressY) > CLICK_SLOP;
        return dragged;
    }

    /** The horizontal move from the last position to x. */
    double dx(double x) {
        return x - lastX;
    }

    /** The vertical move from the last position to y. */
    double dy(double y) {
        return y - lastY;
    }

    /** Takes (x, y) as the last position. */
    void moved(double x, double y) {
        lastX = x;
        lastY = y;
    }

    /** Whether the press has become a drag. */
    boolean dragged() {
        return dragged;
    }
}
