package org.downhill.ui.surface;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import org.downhill.render.surface.MeshData;
import org.downhill.render.surface.PathTube;
import org.downhill.sim.Trajectory;
import org.downhill.ui.model.RunViewModel;

/**
 * The 3D nodes of the runs: per run, the tube of the path done up to the playhead in the run's
 * colour, the path ahead in a paler tint while paused (as the 2D view's dashed preview), a ball
 * at the current position, and a dark ball where the path leaves the box, with a note saying
 * whether it diverged there. Moving the playhead only changes which faces of the two tube meshes
 * are drawn and where the ball is.
 */
final class RunTubes {
    private static final double BALL_RADIUS = 5.5;
    private static final double EXIT_RADIUS = 4.5;
    private static final double AHEAD_TINT = 0.6;

    /** A text pinned to a point of the scene, in a colour. */
    record Note(Point3D at, String text, Color color) {
    }

    private final Group root = new Group();
    private final Map<RunViewModel, RunNodes> nodes = new IdentityHashMap<>();

    /** The group of all run nodes. */
    Group root() {
        return root;
    }

    /** Shows these runs with these tubes (same order), dropping the nodes of runs no longer shown. */
    void show(List<RunViewModel> runs, List<PathTube> tubes) {
        nodes.keySet().removeIf(run -> {
            if (runs.contains(run)) {
                return false;
            }
            root.getChildren().removeAll(nodes.get(run).group);
            return true;
        });
        for (int i = 0; i < runs.size(); i++) {
            RunViewModel run = runs.get(i);
            RunNodes n = nodes.computeIfAbsent(run, r -> {
                RunNodes created = new RunNodes();
                root.getChildren().add(created.group);
                return created;
            });
            n.show(tubes.get(i), run.color());
        }
    }

    /** Moves every run to the playhead; the path ahead shows only while paused. */
    void setPlayhead(int head, boolean paused) {
        nodes.values().forEach(n -> n.setPlayhead(head, paused));
    }

    /**
     * The notes at the exits reached by the playhead: "Left the box at step k", or for a run stopped
     * out there its diagnosis' headline ("Diverged at step k", "f undefined at step k").
     */
    List<Note> notes(int head) {
        List<Note> notes = new ArrayList<>();
        nodes.forEach((run, n) -> {
            PathTube tube = n.tube;
            if (tube != null && tube.leavesBox() && head >= tube.insideRows()) {
                Trajectory t = run.trajectory();
                String text = t.termination().diverged() ? run.diagnosis().headline()
                        : "Left the box at step " + tube.insideRows();
                double[] p = tube.position(tube.insideRows());
                notes.add(new Note(new Point3D(p[0], p[1], p[2]), text, run.color()));
            }
        });
        return notes;
    }

    /** The nodes of one run. */
    private static final class RunNodes {
        final TriangleMesh doneMesh = new TriangleMesh();
        final TriangleMesh aheadMesh = new TriangleMesh();
        final MeshView done = new MeshView(doneMesh);
        final MeshView ahead = new MeshView(aheadMesh);
        final Sphere ball = new Sphere(BALL_RADIUS);
        final Sphere exit = new Sphere(EXIT_RADIUS);
        final PhongMaterial solid = new PhongMaterial();
        final PhongMaterial pale = new PhongMaterial();
        final Group group = new Group(ahead, done, exit, ball);
        PathTube tube;
        int doneFaces = -1;

        RunNodes() {
            solid.setSpecularColor(Color.gray(0.7));
            solid.setSpecularPower(20);
            done.setMaterial(solid);
            ball.setMaterial(solid);
            ahead.setMaterial(pale);
            PhongMaterial dark = new PhongMaterial(Color.web("#1d2026"));
            dark.setSpecularColor(Color.gray(0.5));
            exit.setMaterial(dark);
        }

        void show(PathTube next, Color color) {
            solid.setDiffuseColor(color);
            pale.setDiffuseColor(color.interpolate(Color.WHITE, AHEAD_TINT));
            tube = next;
            MeshData data = next.mesh();
            Meshes.setVertices(doneMesh, data);
            Meshes.setVertices(aheadMesh, data);
            doneFaces = -1;
            double[] out = next.position(next.insideRows());
            exit.setVisible(false);
            if (next.leavesBox() && out != null) {
                exit.setTranslateX(out[0]);
                exit.setTranslateY(out[1]);
                exit.setTranslateZ(out[2]);
            }
        }

        void setPlayhead(int head, boolean paused) {
            if (tube == null) {
                return;
            }
            int total = tube.mesh().faceCount();
            int upTo = tube.faceCountUpTo(head);
            if (upTo != doneFaces) {
                Meshes.setFaces(doneMesh, tube.mesh(), 0, upTo);
                Meshes.setFaces(aheadMesh, tube.mesh(), upTo, total - upTo);
                doneFaces = upTo;
            }
            ahead.setVisible(paused);
            boolean out = tube.leavesBox() && head >= tube.insideRows();
            exit.setVisible(out);
            double[] p = tube.position(head);
            ball.setVisible(p != null && !out);
            if (p != null) {
                ball.setTranslateX(p[0]);
                ball.setTranslateY(p[1]);
                ball.setTranslateZ(p[2]);
            }
        }
    }
}
