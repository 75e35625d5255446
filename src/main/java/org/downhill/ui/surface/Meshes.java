package org.downhill.ui.surface;

import javafx.scene.shape.TriangleMesh;
import org.downhill.render.surface.MeshData;

/** Moving computed mesh arrays into JavaFX meshes, in bulk. */
final class Meshes {
    private Meshes() {
    }

    /** Replaces a mesh's points, texture coordinates and faces with the given ones. */
    static void set(TriangleMesh mesh, MeshData data) {
        setVertices(mesh, data);
        mesh.getFaces().setAll(data.faces());
    }

    /** Replaces a mesh's points and texture coordinates, leaving it without faces until {@link #setFaces}. */
    static void setVertices(TriangleMesh mesh, MeshData data) {
        mesh.getFaces().clear();
        mesh.getPoints().setAll(data.points());
        mesh.getTexCoords().setAll(data.texCoords());
    }

    /** Replaces a mesh's faces with {@code count} of the data's triangles from triangle {@code from}. */
    static void setFaces(TriangleMesh mesh, MeshData data, int from, int count) {
        mesh.getFaces().setAll(data.faces(), 6 * from, 6 * count);
    }
}
