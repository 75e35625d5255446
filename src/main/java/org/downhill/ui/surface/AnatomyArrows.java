package org.downhill.ui.surface;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.downhill.render.surface.MeshData;
import org.downhill.render.surface.StepArrow;
import org.downhill.render.surface.Surface;
import org.downhill.sim.Trajectory;
import org.downhill.ui.Theme;

/**
 * The step anatomy in 3D, as in the 2D view: at the selected run's position at the playhead, the
 * plain gradient step -lr g (blue), the momentum carried over (pink, where the optimizer has one)
 * and the step actually taken (dark), each an arrow draped over the surface. An arrow longer than
 * {@value #MAX_FRACTION} of the window's width is shortened to that, keeping its direction.
 */
final class AnatomyArrows {
    private static final double MAX_FRACTION = 0.4;

    private final Arrow gradient = new Arrow(Theme.GRADIENT_ARROW);
    private final Arrow momentum = new Arrow(Theme.MOMENTUM_ARROW);
    private final Arrow step = new Arrow(Theme.UPDATE_ARROW);
    private final Group root = new Group(gradient.view, momentum.view, step.view);

    /** The group of the arrows. */
    Group root() {
        return root;
    }

    /** Shows the arrows of the update from row k of a trajectory, or hides them (null trajectory). */
    void show(Surface surface, Trajectory t, int k) {
        boolean any = surface != null && t != null && k < t.lastStep() && Double.isFinite(t.updateX(k));
        root.setVisible(any);
        if (!any) {
            return;
        }
        double limit = MAX_FRACTION * surface.box().window().width();
        double lr = t.lr(k);
        gradient.show(surface, t.x(k), t.y(k), -lr * t.gradX(k), -lr * t.gradY(k), limit);
        momentum.show(surface, t.x(k), t.y(k), t.velocityX(k), t.velocityY(k), limit);
        step.show(surface, t.x(k), t.y(k), t.updateX(k), t.updateY(k), limit);
    }

    /** One arrow: a mesh in a colour. */
    private static final class Arrow {
        final TriangleMesh mesh = new TriangleMesh();
        final MeshView view = new MeshView(mesh);

        Arrow(Color color) {
            PhongMaterial material = new PhongMaterial(color);
            material.setSpecularColor(Color.gray(0.6));
            view.setMaterial(material);
            view.setCullFace(CullFace.NONE);
        }

        void show(Surface surface, double x, double y, double dx, double dy, double limit) {
            double length = Math.hypot(dx, dy);
            if (length > limit) {
                dx *= limit / length;
                dy *= limit / length;
            }
            MeshData data = StepArrow.of(surface, x, y, dx, dy);
            view.setVisible(data != null);
            if (data != null) {
                Meshes.set(mesh, data);
            }
        }
    }
}
