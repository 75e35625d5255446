package org.downhill.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.downhill.render.surface.AxisLabel;

/**
 * Text over the 3D scene: axis ticks and titles and the notes at the runs' exits, drawn as plain
 * 2D labels (sharp and as large as the user's text size at any camera angle) and placed each
 * time the camera moves by projecting their 3D anchor points to the screen. Ignores the mouse.
 */
final class LabelOverlay extends Pane {
    private final List<Point3D> anchors = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    LabelOverlay() {
        getStyleClass().add("surface-labels");
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Replaces the labels with the axis labels and the notes. */
    void show(List<AxisLabel> axes, List<RunTubes.Note> notes) {
        anchors.clear();
        labels.clear();
        for (AxisLabel a : axes) {
            Label label = new Label(a.text());
            label.getStyleClass().add(a.title() ? "axis-title-3d" : "axis-label-3d");
            add(new Point3D(a.x(), a.y(), a.z()), label);
        }
        for (RunTubes.Note n : notes) {
            Label label = new Label(n.text());
            label.getStyleClass().add("exit-note-3d");
            label.setStyle("-fx-border-color: " + web(n.color()) + ";");
            add(n.at(), label);
        }
        getChildren().setAll(labels);
    }

    private void add(Point3D at, Label label) {
        anchors.add(at);
        labels.add(label);
    }

    /**
     * Puts each label centred on where its anchor, in {@code space}'s coordinates, appears, moved
     * inside the view where it would stick out.
     */
    void place(Node space) {
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            Point3D onScene = space.localToScene(anchors.get(i), true);
            Point2D p = sceneToLocal(onScene.getX(), onScene.getY());
            label.applyCss();
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            double x = Math.max(2, Math.min(p.getX() - w / 2, getWidth() - w - 2));
            double y = Math.max(2, Math.min(p.getY() - h / 2, getHeight() - h - 2));
            label.resizeRelocate(Math.round(x), Math.round(y), w, h);
        }
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
