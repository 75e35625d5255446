package org.downhill.figure.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A tiled sketch: its tiles together show what one sketch shows, and a drawing goes only to the
 * tiles where it lies.
 */
class TiledSketchTest {
    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;
    private static final int TILE = 64;

    /** Tiles of TILE x TILE (smaller at the right and bottom edges) covering WIDTH x HEIGHT. */
    private static List<TiledSketch.Tile> tiles() {
        List<TiledSketch.Tile> tiles = new ArrayList<>();
        for (int y = 0; y < HEIGHT; y += TILE) {
            for (int x = 0; x < WIDTH; x += TILE) {
                int w = Math.min(TILE, WIDTH - x);
                int h = Math.min(TILE, HEIGHT - y);
                tiles.add(new TiledSketch.Tile(new Java2DSketch(w, h, 1), x, y, w, h));
            }
        }
        return tiles;
    }

    /** The tiles' images put together. */
    private static BufferedImage joined(List<TiledSketch.Tile> tiles) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        for (TiledSketch.Tile t : tiles) {
            BufferedImage part = ((Java2DSketch) t.sketch()).image();
            image.setRGB((int) t.x(), (int) t.y(), part.getWidth(), part.getHeight(),
                    part.getRGB(0, 0, part.getWidth(), part.getHeight(), null, 0, part.getWidth()), 0, part.getWidth());
        }
        return image;
    }

    /** A drawing with a bit of everything: paths across tiles, dashes, shapes, text, a rotation and a clip. */
    private static void drawing(Sketch s) {
        s.setLineCap(LineCap.ROUND);
        s.setLineJoin(LineJoin.ROUND);
        s.setStroke(Rgba.rgb(200, 30, 30, 1));
        s.setLineWidth(4.5);
        s.beginPath();
        s.moveTo(10.3, 20.7);
        s.lineTo(290.2, 150.1);
        s.lineTo(40, 190);
        s.stroke();
        s.setLineDashes(7, 6);
        s.setStroke(Rgba.rgb(20, 90, 200, 0.8));
        s.beginPath();
        s.moveTo(5, 100);
        s.lineTo(295, 95);
        s.stroke();
        s.setLineDashes((double[]) null);
        s.setFill(Rgba.rgb(30, 160, 60, 1));
        s.diamondPath(128, 64, 9);
        s.fill();
        s.setGlobalAlpha(0.5);
        s.fillOval(60.5, 58.5, 11, 11);
        s.setGlobalAlpha(1);
        s.setLineJoin(LineJoin.MITER);
        s.strokeRect(180, 20, 60, 30);
        s.save();
        s.translate(150, 150);
        s.rotate(30);
        s.fillRoundRect(-20, -10, 40, 20, 8, 8);
        s.setFont(FigureFont.bold(1, 14));
        s.setTextAlign(TextAlign.CENTER);
        s.setTextBaseline(TextBaseline.CENTER);
        s.setFill(Rgba.BLACK);
        s.fillText("tiles", 0, 30);
        s.restore();
        s.save();
        s.beginPath();
        s.rect(200, 120, 70, 60);
        s.clip();
        s.setFill(Rgba.rgb(120, 40, 160, 1));
        s.fillOval(180, 100, 80, 80);
        s.restore();
        s.strokeLine(0, 199, 299, 0);
    }

    @Test
    void theTilesTogetherShowWhatOneSketchShows() {
        Java2DSketch one = new Java2DSketch(WIDTH, HEIGHT, 1);
        drawing(one);
        List<TiledSketch.Tile> tiles = tiles();
        drawing(new TiledSketch(WIDTH, HEIGHT, AwtText.INSTANCE, tiles));
        BufferedImage expected = one.image();
        BufferedImage actual = joined(tiles);
        int differ = 0;
        int ink = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                ink += (e >>> 24) > 0 ? 1 : 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((e >>> shift & 0xff) - (a >>> shift & 0xff)) > 2) {
                        differ++;
                        break;
                    }
                }
            }
        }
        assertTrue(ink > 5000, "the drawing has ink: " + ink);
        assertEquals(0, differ, "pixels that differ by more than 2 levels in a channel");
    }

    @Test
    void aDrawingGoesOnlyToTheTilesWhereItLies() {
        List<TiledSketch.Tile> tiles = tiles();
        TiledSketch sketch = new TiledSketch(WIDTH, HEIGHT, AwtText.INSTANCE, tiles);
        Consumer<Sketch> small = s -> {
            s.setLineWidth(2);
            s.setLineCap(LineCap.ROUND);
            s.setLineJoin(LineJoin.ROUND);
            s.beginPath();
            s.moveTo(70, 70);
            s.lineTo(80, 75);
            s.stroke();
            s.fillOval(100, 100, 5, 5);
        };
        sketch.setFill(Rgba.WHITE);
        sketch.save();
        sketch.translate(0.5, 0.5);
        small.accept(sketch);
        sketch.restore();
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            if (sketch.drawnOn(i)) {
                drawn.add(i);
            }
        }
        int perRow = (WIDTH + TILE - 1) / TILE;
        assertEquals(List.of(perRow + 1), drawn, "the tile from (64, 64) to (128, 128) only");
        sketch.forgetDrawn();
        assertFalse(sketch.drawnOn(perRow + 1));
        sketch.beginPath();
        sketch.moveTo(60, 10);
        sketch.lineTo(70, 10);
        sketch.setLineWidth(1);
        sketch.setLineCap(LineCap.BUTT);
        sketch.setLineJoin(LineJoin.BEVEL);
        sketch.stroke();
        assertTrue(sketch.drawnOn(0) && sketch.drawnOn(1), "a line across two tiles goes to both");
        assertFalse(sketch.drawnOn(perRow) || sketch.drawnOn(2), "and no other");
    }
}
