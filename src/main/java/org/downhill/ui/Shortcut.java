package org.downhill.ui;

import java.util.List;

/**
 * The keyboard and mouse shortcuts, as the help overlay lists them. The keys themselves are
 * handled in {@link KeyboardShortcuts}, which uses these same entries.
 *
 * @param keys        the keys as shown, e.g. {@code Space}
 * @param description what they do
 */
public record Shortcut(String keys, String description) {

    /** Every shortcut, in the order the help shows them. */
    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Space", "Play or pause"),
            new Shortcut("\u2192 / \u2190", "One step forward / back"),
            new Shortcut("R", "Back to step 0"),
            new Shortcut("F", "Fit the landscape in view"),
            new Shortcut("G", "Gradient field on or off"),
            new Shortcut("A", "Step anatomy on or off (gradient, momentum and step arrows)"),
            new Shortcut("V", "Switch views: 2D map, 3D surface, both side by side"),
            new Shortcut("Ctrl + / Ctrl \u2212", "Larger / smaller text"),
            new Shortcut("F11", "Presentation mode on or off: full screen, the view as large as possible"),
            new Shortcut("Page Down / Page Up", "Next / previous page of the lesson (without one: the next / previous preset)"),
            new Shortcut("C", "While presenting: show or hide the controls"),
            new Shortcut("Esc", "Leave presentation mode"),
            new Shortcut("Ctrl+E / Ctrl+Shift+C", "Export the figure / copy it to the clipboard"),
            new Shortcut("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo the last change to the lab"),
            new Shortcut("Ctrl+O / Ctrl+S", "Open / save a scenario (presets are in the File menu)"),
            new Shortcut("Enter / Esc", "In a field: apply / drop the typed value; the keys go back to the view"),
            new Shortcut("F1 or ?", "Show or hide this help"),
            new Shortcut("Click", "Start every run there (Shift-click: only the selected run)"),
            new Shortcut("Drag", "Pan the view; drag a start marker to move it"),
            new Shortcut("Wheel", "Zoom about the mouse"),
            new Shortcut("Learning-rate strip", "Drag the thumb (Shift: 10\u00d7 finer); once clicked, \u2192 / \u2190 move"
                    + " the rate by 1/100 of a decade (Shift: 1/10)"));
}
