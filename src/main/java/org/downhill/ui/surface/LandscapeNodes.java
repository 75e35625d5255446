package org.downhill.ui.surface;

import javafx.scene.Group;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import org.downhill.render.ColorMap;
import org.downhill.render.surface.BoxAxes;
import org.downhill.render.surface.MinimumMarker;
import org.downhill.render.surface.Palette;
import org.downhill.render.surface.Surface;
import org.downhill.render.surface.SurfaceBox;

/**
 * The 3D nodes of the landscape itself: the surface mesh coloured through a palette texture, its
 * walls down to the floor in a plain grey (the sides of a solid, so that no view looks under the
 * surface; see {@link org.downhill.render.surface.SurfaceMesh#sides}), the floor with its contour lines in dark ink, the vertical axis and the minima (a white ball for a global
 * minimum, grey for a local one, each on a thin pin down to the floor). A new colour map only
 * rewrites the 256-texel palette; a new {@link Surface} only swaps arrays in.
 */
final class LandscapeNodes {
    private static final Color FLOOR = Color.web("#e4e7ec");
    private static final Color FRAME = Color.web("#5b6270");
    private static final Color CONTOUR = Color.web("#4a5060");
    private static final Color SIDES = Color.web("#b4bac4");
    private static final double FLOOR_MARGIN = 8;

    private final WritableImage palette = new WritableImage(Palette.WIDTH, 1);
    private final TriangleMesh surfaceMesh = new TriangleMesh();
    private final MeshView surface = new MeshView(surfaceMesh);
    private final TriangleMesh sidesMesh = new TriangleMesh();
    private final MeshView sides = new MeshView(sidesMesh);
    private final TriangleMesh contourMesh = new TriangleMesh();
    private final MeshView contours = new MeshView(contourMesh);
    private final Box floor = new Box();
    private final Box axis = new Box();
    private final Group minima = new Group();
    private final Group root = new Group(floor, contours, axis, surface, sides, minima);
    private final PhongMaterial minimumGlobal = new PhongMaterial(Color.WHITE);
    private final PhongMaterial minimumLocal = new PhongMaterial(Color.web("#b8bcc6"));
    private final PhongMaterial pin = new PhongMaterial(FRAME);
    private Surface shown;

    LandscapeNodes() {
        PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
        surfaceMaterial.setDiffuseMap(palette);
        surfaceMaterial.setSpecularColor(Color.gray(0.18));
        surfaceMaterial.setSpecularPower(24);
        surface.setMaterial(surfaceMaterial);
        surface.setCullFace(CullFace.NONE);
        surface.setId("surface-mesh");
        sides.setMaterial(new PhongMaterial(SIDES));
        sides.setCullFace(CullFace.NONE);
        contours.setMaterial(new PhongMaterial(CONTOUR));
        contours.setCullFace(CullFace.NONE);
        floor.setMaterial(new PhongMaterial(FLOOR));
        axis.setMaterial(new PhongMaterial(FRAME));
        for (PhongMaterial m : new PhongMaterial[] {minimumGlobal, minimumLocal}) {
            m.setSpecularColor(Color.gray(0.6));
        }
        root.setVisible(false);
    }

    /** The group of all landscape nodes, hidden until the first surface arrives. */
    Group root() {
        return root;
    }

    /** The surface last shown, or null. */
    Surface shown() {
        return shown;
    }

    /** Paints the palette texture with a colour map's 256 entries. */
    void setColorMap(ColorMap map) {
        palette.getPixelWriter().setPixels(0, 0, Palette.WIDTH, 1, PixelFormat.getIntArgbInstance(), map.lut(), 0,
                Palette.WIDTH);
    }

    /** Swaps in a new surface: mesh and wall arrays, floor, axis and minima. */
    void show(Surface next) {
        if (shown == null || shown.mesh() != next.mesh()) {
            Meshes.set(surfaceMesh, next.mesh().data());
            Meshes.set(sidesMesh, next.mesh().sides());
        }
        if (shown == null || shown.floor() != next.floor()) {
            Meshes.set(contourMesh, next.floor());
        }
        SurfaceBox box = next.box();
        floor.setWidth(2 * box.halfWidth() + 2 * FLOOR_MARGIN);
        floor.setDepth(2 * box.halfDepth() + 2 * FLOOR_MARGIN);
        floor.setHeight(1);
        floor.setTranslateY(box.floor() + 0.5 + 0.3);
        double height = box.floor() - box.top();
        axis.setWidth(1.2);
        axis.setDepth(1.2);
        axis.setHeight(height);
        axis.setTranslateY(box.top() + height / 2);
        minima.getChildren().clear();
        for (MinimumMarker m : next.minima()) {
            Sphere ball = new Sphere(4.2);
            ball.setMaterial(m.global() ? minimumGlobal : minimumLocal);
            ball.setTranslateX(m.x());
            ball.setTranslateY(m.y() - 4.2);
            ball.setTranslateZ(m.z());
            double pinLength = box.floor() - m.y();
            Cylinder stick = new Cylinder(0.5, pinLength);
            stick.setMaterial(pin);
            stick.setTranslateX(m.x());
            stick.setTranslateY(m.y() + pinLength / 2);
            stick.setTranslateZ(m.z());
            minima.getChildren().addAll(stick, ball);
        }
        shown = next;
        root.setVisible(true);
    }

    /** Stands the vertical axis at the corner {@link BoxAxes} labels for a viewer on these sides. */
    void placeAxis(int sideX, int sideZ) {
        if (shown != null) {
            axis.setTranslateX(BoxAxes.lossAxisX(shown.box(), sideX));
            axis.setTranslateZ(BoxAxes.lossAxisZ(shown.box(), sideZ));
        }
    }

    /** Draws the surface as lines or filled. */
    void setWireframe(boolean lines) {
        surface.setDrawMode(lines ? DrawMode.LINE : DrawMode.FILL);
        sides.setDrawMode(lines ? DrawMode.LINE : DrawMode.FILL);
    }

    /** Shows or hides the contour lines on the floor. */
    void setContoursVisible(boolean visible) {
        contours.setVisible(visible);
    }

    /** Shows or hides the minima. */
    void setMinimaVisible(boolean visible) {
        minima.setVisible(visible);
    }
}
