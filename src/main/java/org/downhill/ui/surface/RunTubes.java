package org.downhill.ui.surface;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import org.downhill.diagnose.StepMarkers;
import org.downhill.render.surface.MeshData;
import org.downhill.render.surface.PathTube;
import org.downhill.sim.Edit;
import org.downhill.sim.Trajectory;
import org.downhill.ui.model.RunViewModel;

/**
 * The 3D nodes of the runs: per run, the tube of the path done up to the playhead in the run's
 * colour, the path ahead in a paler tint while paused (as the 2D view's dashed preview), a ball
 * at the current position, a start marker (a disc in the run's colour with a white centre) where
 * it starts, small white balls where an overshooting step landed (as the 2D view's rings, at most
 * one within {@value #MARK_SPACING} scene units and {@value #MAX_MARKS} in all), a diamond (an
 * octahedron in the run's colour) where its settings were changed while it played (as the 2D
 * view's diamonds: solid once the playhead has passed it, pale ahead of it while paused), and a
 * dark ball where the path leaves the box, with a note saying whether it diverged there. Moving the playhead
 * only changes which faces of the two tube meshes are drawn, which marks show and where the ball is.
 */
final class RunTubes {
    private static final double BALL_RADIUS = 5.5;
    private static final double EXIT_RADIUS = 4.5;
    private static final double AHEAD_TINT = 0.6;
    private static final double START_RADIUS = 7;
    private static final double MARK_RADIUS = 2.4;
    private static final double MARK_SPACING = 8;
    private static final int MAX_MARKS = 150;
    private static final double CHANGE_RADIUS = 7;

    /** A diamond standing on its tip: an octahedron of radius {@value #CHANGE_RADIUS}, twice as tall, flat faces. */
    private static final TriangleMesh OCTAHEDRON = octahedron(CHANGE_RADIUS, 2 * CHANGE_RADIUS);

    private static TriangleMesh octahedron(double r, double h) {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll((float) r, 0, 0, (float) -r, 0, 0, 0, (float) -h, 0, 0, (float) h, 0, 0, 0, (float) r,
                0, 0, (float) -r);
        mesh.getTexCoords().setAll(0, 0);
        // x+ 0, x- 1, up 2 (JavaFX's y points down), down 3, z+ 4, z- 5; faces wound outwards
        int[][] faces = {{0, 2, 4}, {4, 2, 1}, {1, 2, 5}, {5, 2, 0}, {4, 3, 0}, {1, 3, 4}, {5, 3, 1}, {0, 3, 5}};
        for (int[] f : faces) {
            mesh.getFaces().addAll(f[0], 0, f[1], 0, f[2], 0);
            // smoothing group 0: each face lit on its own, so the facets read as a cut stone
            mesh.getFaceSmoothingGroups().addAll(0);
        }
        return mesh;
    }

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
            n.show(tubes.get(i), run.color(), run.diagnosis().markers(), run.trajectory().appliedEdits());
        }
    }

    /** Moves every run to the playhead; the path ahead shows only while paused. */
    void setPlayhead(int head, boolean paused) {
        nodes.values().forEach(n -> n.setPlayhead(head, paused));
    }

    /** The scene points of the balls shown (current positions and exits) and the start markers, which labels must not cover. */
    List<Point3D> balls() {
        List<Point3D> points = new ArrayList<>();
        for (RunNodes n : nodes.values()) {
            for (Sphere b : new Sphere[] {n.ball, n.exit}) {
                if (b.isVisible()) {
                    points.add(new Point3D(b.getTranslateX(), b.getTranslateY(), b.getTranslateZ()));
                }
            }
            if (n.start.isVisible()) {
                points.add(new Point3D(n.start.getTranslateX(), n.start.getTranslateY(), n.start.getTranslateZ()));
            }
        }
        return points;
    }

    /**
     * The centre lines of the tubes drawn solid at a playhead (the path done, to the exit), one
     * list of scene points per run, which notes should keep off.
     */
    List<List<Point3D>> paths(int head) {
        List<List<Point3D>> paths = new ArrayList<>();
        for (RunNodes n : nodes.values()) {
            PathTube tube = n.tube;
            if (tube == null) {
                continue;
            }
            List<Point3D> points = new ArrayList<>();
            for (int r = 0; r < tube.ringCount() && tube.ringRow(r) <= head; r++) {
                double[] c = tube.ringCentre(r);
                points.add(new Point3D(c[0], c[1], c[2]));
            }
            paths.add(points);
        }
        return paths;
    }

    /** The scene points of the change marks shown, each with whether the playhead has passed it (solid) or not (pale). */
    Map<Point3D, Boolean> changes() {
        Map<Point3D, Boolean> shown = new java.util.LinkedHashMap<>();
        for (RunNodes n : nodes.values()) {
            for (javafx.scene.Node mark : n.changes.getChildren()) {
                if (mark.isVisible()) {
                    shown.put(new Point3D(mark.getTranslateX(), mark.getTranslateY(), mark.getTranslateZ()),
                            ((MeshView) mark).getMaterial() == n.solid);
                }
            }
        }
        return shown;
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
        final Group start = new Group();
        final Group marks = new Group();
        int[] markRows = new int[0];
        final Group changes = new Group();
        int[] changeRows = new int[0];
        final PhongMaterial solid = new PhongMaterial();
        final PhongMaterial pale = new PhongMaterial();
        final Group group = new Group(ahead, done, start, marks, changes, exit, ball);
        final PhongMaterial white = new PhongMaterial(Color.WHITE);
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
            Cylinder disc = new Cylinder(START_RADIUS, 1.2);
            disc.setMaterial(solid);
            Cylinder centre = new Cylinder(START_RADIUS * 0.5, 1.6);
            centre.setMaterial(white);
            centre.setTranslateY(-0.4);
            start.getChildren().addAll(disc, centre);
        }

        void show(PathTube next, Color color, StepMarkers markers, List<Edit> edits) {
            solid.setDiffuseColor(color);
            pale.setDiffuseColor(color.interpolate(Color.WHITE, AHEAD_TINT));
            tube = next;
            MeshData data = next.mesh();
            Meshes.setVertices(doneMesh, data);
            Meshes.setVertices(aheadMesh, data);
            doneFaces = -1;
            double[] out = next.position(next.insideRows());
            exit.setVisible(false);
            double[] first = next.position(0);
            start.setVisible(first != null);
            if (first != null) {
                start.setTranslateX(first[0]);
                start.setTranslateY(first[1] + PathTube.LIFT - 0.2);
                start.setTranslateZ(first[2]);
            }
            showMarks(next, markers);
            showChanges(next, edits);
            if (next.leavesBox() && out != null) {
                exit.setTranslateX(out[0]);
                exit.setTranslateY(out[1]);
                exit.setTranslateZ(out[2]);
            }
        }

        /** A white ball where each overshooting step inside the box landed, thinned (see the class comment). */
        private void showMarks(PathTube next, StepMarkers markers) {
            marks.getChildren().clear();
            int[] rows = new int[MAX_MARKS];
            int n = 0;
            double[] last = null;
            for (int k = markers.nextOvershoot(0); k >= 0 && k + 1 < next.insideRows() && n < MAX_MARKS;
                    k = markers.nextOvershoot(k + 1)) {
                double[] p = next.position(k + 1);
                if (last == null || Math.hypot(Math.hypot(p[0] - last[0], p[1] - last[1]), p[2] - last[2])
                        >= MARK_SPACING) {
                    Sphere mark = new Sphere(MARK_RADIUS, 8);
                    mark.setMaterial(white);
                    mark.setTranslateX(p[0]);
                    mark.setTranslateY(p[1]);
                    mark.setTranslateZ(p[2]);
                    marks.getChildren().add(mark);
                    rows[n++] = k + 1;
                    last = p;
                }
            }
            markRows = java.util.Arrays.copyOf(rows, n);
        }

        /** A diamond where each change of settings inside the box took effect. */
        private void showChanges(PathTube next, List<Edit> edits) {
            changes.getChildren().clear();
            int[] rows = new int[edits.size()];
            int n = 0;
            for (Edit e : edits) {
                double[] p = e.step() < next.insideRows() ? next.position(e.step()) : null;
                if (p != null) {
                    MeshView diamond = new MeshView(OCTAHEDRON);
                    diamond.setMaterial(solid);
                    diamond.setTranslateX(p[0]);
                    diamond.setCullFace(javafx.scene.shape.CullFace.NONE);
                    diamond.setTranslateY(p[1]);
                    diamond.setTranslateZ(p[2]);
                    changes.getChildren().add(diamond);
                    rows[n++] = e.step();
                }
            }
            changeRows = java.util.Arrays.copyOf(rows, n);
        }

        void setPlayhead(int head, boolean paused) {
            if (tube == null) {
                return;
            }
            for (int i = 0; i < changeRows.length; i++) {
                MeshView diamond = (MeshView) changes.getChildren().get(i);
                boolean passed = changeRows[i] <= head;
                diamond.setMaterial(passed ? solid : pale);
                diamond.setVisible(passed || paused);
            }
            for (int i = 0; i < markRows.length; i++) {
                marks.getChildren().get(i).setVisible(markRows[i] <= head);
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
