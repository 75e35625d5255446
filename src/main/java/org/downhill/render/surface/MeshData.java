package org.downhill.render.surface;

/**
 * The three arrays of a JavaFX {@code TriangleMesh} with the default vertex format, ready for bulk
 * {@code setAll}: x, y, z per point, u, v per texture coordinate, and six indices per triangle
 * (p0, t0, p1, t1, p2, t2). The arrays are never changed once a MeshData is made, so it can be
 * handed from a worker thread to the FX thread; callers must not change them either.
 *
 * @param points    x, y, z of each point
 * @param texCoords u, v of each texture coordinate
 * @param faces     six indices per triangle
 */
public record MeshData(float[] points, float[] texCoords, int[] faces) {

    /** The number of points. */
    public int pointCount() {
        return points.length / 3;
    }

    /** The number of triangles. */
    public int faceCount() {
        return faces.length / 6;
    }
}
