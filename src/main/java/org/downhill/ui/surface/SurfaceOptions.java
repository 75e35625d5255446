package org.downhill.ui.surface;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.downhill.render.surface.SurfaceBox;
import org.downhill.render.surface.SurfaceBuilder;

/**
 * The settings of the 3D view that the 2D view does not share: mesh quality, height exaggeration,
 * wireframe, contour lines on the floor and auto-rotation. (Colour map, log scale and minima are
 * the lab's {@link org.downhill.ui.model.ViewOptions}.) Values out of range are clamped where they
 * are used: samples to [64, 256], exaggeration to [0.1, 4].
 */
public final class SurfaceOptions {
    /** The mesh sizes offered, points per side. */
    public static final int[] SAMPLE_CHOICES = {64, 96, 128, 192, SurfaceBuilder.MAX_SAMPLES};

    private final IntegerProperty samples = new SimpleIntegerProperty(128);
    private final DoubleProperty exaggeration = new SimpleDoubleProperty(1);
    private final BooleanProperty wireframe = new SimpleBooleanProperty();
    private final BooleanProperty floorContours = new SimpleBooleanProperty(true);
    private final BooleanProperty autoRotate = new SimpleBooleanProperty();

    /** Sample points per side of the surface mesh. */
    public IntegerProperty samplesProperty() {
        return samples;
    }

    /** The height exaggeration, 1 for a box {@value SurfaceBox#HEIGHT} units high. */
    public DoubleProperty exaggerationProperty() {
        return exaggeration;
    }

    /** Whether the surface is drawn as lines instead of filled triangles. */
    public BooleanProperty wireframeProperty() {
        return wireframe;
    }

    /** Whether contour lines are drawn on the floor. */
    public BooleanProperty floorContoursProperty() {
        return floorContours;
    }

    /** Whether the camera slowly circles the landscape. */
    public BooleanProperty autoRotateProperty() {
        return autoRotate;
    }
}
