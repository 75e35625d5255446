package org.downhill.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.downhill.figure.Box;
import org.downhill.figure.FigureRun;
import org.downhill.figure.SurfaceKeys;
import org.downhill.figure.SurfaceOverlay;
import org.downhill.render.ColorMap;
import org.downhill.render.ValueScale;
import org.downhill.render.surface.AxisLabel;
import org.downhill.ui.sketch.CanvasSketch;

/**
 * What is flat over the 3D scene: axis ticks and titles, the notes at the runs' exits, the legend
 * and the colour bar. Labels are plain 2D labels (sharp and as large as the user's text size at
 * any camera angle), placed each time the camera moves by projecting their 3D anchor points to the
 * screen, and put where a {@link SurfaceOverlay} puts them: the axis labels at their anchors (a
 * label that would meet another is hidden), the legend, the colour bar and the notes clear of
 * them, of the balls and, where they can, of the paths. The legend and
 * colour bar are painted on a canvas by the figure package's {@link SurfaceKeys}, as in 2D.
 * Ignores the mouse.
 */
final class LabelOverlay extends Pane {
    /** Half the side of the square a ball covers on screen, in pixels, for the placement. */
    private static final double BALL_HALF = 9;
    private final Canvas keys = new Canvas();
    private final List<Point3D> axisAnchors = new ArrayList<>();
    private final List<Boolean> axisBeside = new ArrayList<>();
    private final List<Label> axisLabels = new ArrayList<>();
    private Point3D centre = Point3D.ZERO;
    private final List<Point3D> noteAnchors = new ArrayList<>();
    private final List<Label> noteLabels = new ArrayList<>();
    private List<Point3D> balls = List.of();
    private List<List<Point3D>> paths = List.of();
    private List<FigureRun> shown = List.of();
    private ValueScale scale;
    private ColorMap colorMap;
    private double text = 1;
    private SurfaceOverlay layout;
    /** Whether the legend and colour bar must be repainted even where they stay. */
    private boolean keysDirty = true;

    LabelOverlay() {
        getStyleClass().add("surface-labels");
        setMouseTransparent(true);
        setManaged(false);
        getChildren().add(keys);
    }

    /** Replaces the labels with the axis labels and the notes; {@code middle} is the box's centre, in the scene. */
    void show(List<AxisLabel> axes, List<RunTubes.Note> notes, Point3D middle) {
        centre = middle;
        axisAnchors.clear();
        axisBeside.clear();
        axisLabels.clear();
        noteAnchors.clear();
        noteLabels.clear();
        for (AxisLabel a : axes) {
            Label label = new Label(a.text());
            label.getStyleClass().add(a.title() ? "axis-title-3d" : "axis-label-3d");
            axisAnchors.add(new Point3D(a.x(), a.y(), a.z()));
            axisBeside.add(a.beside());
            axisLabels.add(label);
        }
        for (RunTubes.Note n : notes) {
            Label label = new Label(n.text());
            label.getStyleClass().add("exit-note-3d");
            label.setStyle("-fx-border-color: " + web(n.color()) + ";");
            noteAnchors.add(n.at());
            noteLabels.add(label);
        }
        getChildren().setAll(keys);
        getChildren().addAll(axisLabels);
        getChildren().addAll(noteLabels);
    }

    /** The points of the balls in the scene, which no note may cover. */
    void setBalls(List<Point3D> points) {
        balls = List.copyOf(points);
    }

    /** The runs' drawn paths in the scene (their centre lines), which notes keep off. */
    void setPaths(List<List<Point3D>> lines) {
        paths = List.copyOf(lines);
    }

    /**
     * What the legend and colour bar show: the visible runs, the scale and colour map of the
     * surface's colours (null scale: no colour bar yet) and the text scale.
     */
    void setKeys(List<FigureRun> runs, ValueScale colors, ColorMap map, double textScale) {
        shown = List.copyOf(runs);
        scale = colors;
        colorMap = map;
        text = textScale;
        keysDirty = true;
    }

    /** The last placement: legend, colour bar and notes (null before the first {@link #place}). */
    SurfaceOverlay placement() {
        return layout;
    }

    /**
     * Places everything for the camera as it is by a {@link SurfaceOverlay}, from where the axis
     * labels' anchors, the balls, the notes' anchors and the paths, in {@code space}'s coordinates,
     * appear; hides the axis labels it leaves out; repaints the legend and colour bar.
     */
    void place(Node space) {
        List<SurfaceOverlay.Tick> ticks = new ArrayList<>(axisLabels.size());
        for (int i = 0; i < axisLabels.size(); i++) {
            Label label = axisLabels.get(i);
            Point2D p = project(space, axisAnchors.get(i));
            label.applyCss();
            ticks.add(new SurfaceOverlay.Tick(p.getX(), p.getY(), label.prefWidth(-1), label.prefHeight(-1),
                    axisBeside.get(i)));
        }
        List<Box> ballBoxes = new ArrayList<>(balls.size());
        for (Point3D b : balls) {
            Point2D p = project(space, b);
            ballBoxes.add(new Box(p.getX() - BALL_HALF, p.getY() - BALL_HALF, 2 * BALL_HALF, 2 * BALL_HALF));
        }
        List<SurfaceOverlay.Note> notes = new ArrayList<>(noteLabels.size());
        for (int i = 0; i < noteLabels.size(); i++) {
            Label label = noteLabels.get(i);
            Point2D p = project(space, noteAnchors.get(i));
            label.applyCss();
            notes.add(new SurfaceOverlay.Note(p.getX(), p.getY(), label.prefWidth(-1), label.prefHeight(-1)));
        }
        // the paths only matter to the notes: none projected without one
        List<double[]> lines = new ArrayList<>();
        for (List<Point3D> path : notes.isEmpty() ? List.<List<Point3D>>of() : paths) {
            double[] xy = new double[2 * path.size()];
            for (int k = 0; k < path.size(); k++) {
                Point2D p = project(space, path.get(k));
                xy[2 * k] = p.getX();
                xy[2 * k + 1] = p.getY();
            }
            lines.add(xy);
        }
        Box legendSize = shown.isEmpty() ? null : SurfaceKeys.legendSize(shown, new CanvasSketch(keys).measure(), text,
                getWidth(), scale != null);
        SurfaceOverlay next = SurfaceOverlay.of(getWidth(), getHeight(), text, legendSize, scale != null,
                new SurfaceOverlay.Screen(ticks, project(space, centre).getX(), ballBoxes, notes, lines));
        for (int i = 0; i < axisLabels.size(); i++) {
            Box b = next.axes().get(i);
            axisLabels.get(i).setVisible(b != null);
            if (b != null) {
                axisLabels.get(i).resizeRelocate(Math.round(b.x()), Math.round(b.y()), b.width(), b.height());
            }
        }
        for (int i = 0; i < noteLabels.size(); i++) {
            Box b = next.notes().get(i);
            noteLabels.get(i).resizeRelocate(Math.round(b.x()), Math.round(b.y()), b.width(), b.height());
        }
        boolean moved = layout == null || !java.util.Objects.equals(layout.legend(), next.legend())
                || !java.util.Objects.equals(layout.colorBar(), next.colorBar())
                || keys.getWidth() != Math.max(1, getWidth()) || keys.getHeight() != Math.max(1, getHeight());
        layout = next;
        if (moved || keysDirty) {
            paintKeys();
            keysDirty = false;
        }
    }

    private void paintKeys() {
        keys.setWidth(Math.max(1, getWidth()));
        keys.setHeight(Math.max(1, getHeight()));
        keys.getGraphicsContext2D().clearRect(0, 0, keys.getWidth(), keys.getHeight());
        if (colorMap != null) {
            SurfaceKeys.paint(new CanvasSketch(keys), layout, shown, scale, colorMap, false, text);
        }
    }

    private Point2D project(Node space, Point3D at) {
        Point3D onScene = space.localToScene(at, true);
        return sceneToLocal(onScene.getX(), onScene.getY());
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
