package org.downhill.ui.plane;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TiledSketch;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.FxText;

/**
 * A canvas layer made of square canvases of {@value #TILE} pixels (smaller at the right and bottom
 * edges), drawn on as one sketch ({@link TiledSketch}): a drawing changes only the tiles where it
 * lies, so that the window shows again only those (a changed canvas is shown again whole). The
 * layer's opacity is set on each tile (they do not overlap, so that is the same picture, and no
 * group opacity makes JavaFX compose the layer offscreen first).
 */
final class TiledCanvas {
    /** A tile's side, in pixels. */
    static final int TILE = 128;

    private final Group node = new Group();
    private final double opacity;
    private final List<Canvas> canvases = new ArrayList<>();
    private TiledSketch sketch = new TiledSketch(0, 0, FxText.INSTANCE, List.of());

    /** An empty layer, its tiles shown at this opacity. */
    TiledCanvas(double opacity) {
        this.opacity = opacity;
        node.setManaged(false);
    }

    /** The node holding the tiles. */
    Group node() {
        return node;
    }

    /** The sketch drawing on the tiles, in the layer's pixels (new after each {@link #resize}). */
    Sketch sketch() {
        return sketch;
    }

    /** Whether the layer covers w x h pixels. */
    boolean hasSize(double w, double h) {
        return sketch.width() == w && sketch.height() == h;
    }

    /** Makes the layer cover w x h pixels, with new, empty tiles. */
    void resize(double w, double h) {
        canvases.clear();
        List<TiledSketch.Tile> tiles = new ArrayList<>();
        for (int y = 0; y < h; y += TILE) {
            for (int x = 0; x < w; x += TILE) {
                Canvas c = new Canvas(Math.min(TILE, w - x), Math.min(TILE, h - y));
                c.setLayoutX(x);
                c.setLayoutY(y);
                c.setOpacity(opacity);
                canvases.add(c);
                tiles.add(new TiledSketch.Tile(new CanvasSketch(c), x, y, c.getWidth(), c.getHeight()));
            }
        }
        node.getChildren().setAll(canvases);
        sketch = new TiledSketch(w, h, FxText.INSTANCE, tiles);
    }

    /** Clears the tiles drawn on since the last clear. */
    void clear() {
        for (int i = 0; i < canvases.size(); i++) {
            if (sketch.drawnOn(i)) {
                Canvas c = canvases.get(i);
                c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
            }
        }
        sketch.forgetDrawn();
    }
}
