package org.downhill.ui.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.render.ColorMap;
import org.downhill.scenario.Scenario;

/**
 * How the landscape is shown: the window of the plane in view, the colour map and scaling, the
 * overlays (contours, minima, gradient field, step anatomy, frame statistics), the text size and
 * whether the 2D view shows a panel per run.
 * Zooming and panning produce new windows; nothing here computes pixels.
 */
public final class ViewOptions {
    /** The smallest text scale. */
    public static final double MIN_TEXT_SCALE = Scenario.Display.TEXT_SCALE.range().min();
    /** The largest text scale. */
    public static final double MAX_TEXT_SCALE = Scenario.Display.TEXT_SCALE.range().max();

    private final ObjectProperty<Window> window = new SimpleObjectProperty<>();
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(ColorMap.VIRIDIS);
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private final BooleanProperty contours = new SimpleBooleanProperty(true);
    private final BooleanProperty minima = new SimpleBooleanProperty(true);
    private final BooleanProperty gradientField = new SimpleBooleanProperty();
    private final BooleanProperty anatomy = new SimpleBooleanProperty();
    private final BooleanProperty frameStats = new SimpleBooleanProperty();
    private final BooleanProperty panels = new SimpleBooleanProperty();
    private final BooleanProperty charts = new SimpleBooleanProperty(true);
    private final BooleanProperty lrStrip = new SimpleBooleanProperty(true);
    private final ObjectProperty<ViewLayout> layout = new SimpleObjectProperty<>(ViewLayout.PLANE);
    private final DoubleProperty textScale = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>(AppTheme.LIGHT);
    private Window home;
    private double textBase = 1.0;
    private int textNotches;

    /** The part of the plane in view. */
    public ObjectProperty<Window> windowProperty() {
        return window;
    }

    /** The part of the plane in view. */
    public Window window() {
        return window.get();
    }

    /** The colour map of the heatmap. */
    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    /** Whether colours follow log(f - min) instead of f. */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Whether contour lines are drawn. */
    public BooleanProperty contoursProperty() {
        return contours;
    }

    /** Whether known minima and saddle points are marked. */
    public BooleanProperty minimaProperty() {
        return minima;
    }

    /** Whether arrows of the negative gradient are drawn on a grid. */
    public BooleanProperty gradientFieldProperty() {
        return gradientField;
    }

    /** Whether the gradient, update and momentum arrows are drawn at the current position. */
    public BooleanProperty anatomyProperty() {
        return anatomy;
    }

    /** Whether frames per second and the last redraw time are shown. */
    public BooleanProperty frameStatsProperty() {
        return frameStats;
    }

    /**
     * Whether the 2D view shows small multiples: a panel per visible run, all with the same window,
     * axes and colours and the one playhead, instead of every run in one plot. Kept in scenarios.
     */
    public BooleanProperty panelsProperty() {
        return panels;
    }

    /** Whether the loss, learning-rate and gradient-norm charts are shown under the landscape. */
    public BooleanProperty chartsProperty() {
        return charts;
    }

    /** Whether the learning-rate strip (regime bands, marks, scan and range test) is shown under the views. */
    public BooleanProperty lrStripProperty() {
        return lrStrip;
    }

    /** Which views of the landscape are shown. */
    public ObjectProperty<ViewLayout> layoutProperty() {
        return layout;
    }

    /** Shows the next views: 2D, then 3D, then both, then 2D again. */
    public void nextLayout() {
        ViewLayout[] all = ViewLayout.values();
        layout.set(all[(layout.get().ordinal() + 1) % all.length]);
    }

    /** The text size as a multiple of the normal size. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /**
     * Makes the text larger (or smaller for a negative number of notches), within the limits: the
     * scale is {@code base * 1.15^n}, clamped, where {@code base} is the scale last set from
     * elsewhere (a scenario) and {@code n} counts the notches since, so that one notch up and one
     * down give back exactly the scale before. A notch past a limit does nothing.
     */
    public void changeTextSize(int notches) {
        double current = textScale.get();
        if (current != notched(textBase, textNotches)) {
            textBase = current;
            textNotches = 0;
        }
        double next = notched(textBase, textNotches + notches);
        if (next != current) {
            textNotches += notches;
            textScale.set(next);
        }
    }

    private static double notched(double base, int notches) {
        return Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, base * Math.pow(1.15, notches)));
    }

    /**
     * The app's theme: the views draw their backgrounds, axes and labels in its colours. An app
     * preference, not part of a scenario ({@link AppPreferences} keeps it).
     */
    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    /** Shows a landscape's default window with its suggested colour scaling. */
    public void resetTo(Landscape landscape) {
        home = landscape.defaultWindow();
        window.set(home);
        logScale.set(landscape.suggestedScaling() == ColorScaling.LOG);
    }

    /** The display options as a scenario keeps them. */
    public Scenario.Display toDisplay() {
        return new Scenario.Display(colorMap.get(), logScale.get(), contours.get(), minima.get(), gradientField.get(),
                anatomy.get(), textScale.get(), panels.get());
    }

    /** Takes over a scenario's display options. */
    public void apply(Scenario.Display display) {
        colorMap.set(display.colorMap());
        logScale.set(display.logScale());
        contours.set(display.contours());
        minima.set(display.minima());
        gradientField.set(display.gradientField());
        anatomy.set(display.anatomy());
        textScale.set(display.textScale());
        panels.set(display.panels());
    }

    /** Back to the landscape's default window. */
    public void fit() {
        window.set(home);
    }

    /**
     * Shows another part of the plane (after a zoom or a pan). A window a view cannot draw (see
     * {@link Window#viewProblem()}) is refused, so that zooming can never run into the limits of
     * doubles.
     *
     * @return whether the window was taken
     */
    public boolean show(Window next) {
        if (!next.isViewable()) {
            return false;
        }
        window.set(next);
        return true;
    }
}
