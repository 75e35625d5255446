package org.downhill.ui.plane;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import org.downhill.figure.Ball;
import org.downhill.figure.PlanePainter;
import org.downhill.ui.sketch.CanvasSketch;

/**
 * The runs' balls as small canvases that move over the plot, one per ball, each drawn by the
 * figure painter ({@link PlanePainter#paintBall}) at its centre's fraction of a pixel and placed at
 * the whole pixel: a frame in which the balls move changes only the pixels around them, where one
 * canvas of the plot's size would be shown again whole. A canvas is drawn again only when its
 * ball's colour, fraction of a pixel or size changed.
 */
final class BallNodes {
    private final Group node = new Group();
    private final List<Canvas> canvases = new ArrayList<>();
    private final List<Ball> drawn = new ArrayList<>();
    private double drawnText;

    BallNodes() {
        node.setManaged(false);
    }

    /** The node holding the balls. */
    Group node() {
        return node;
    }

    /**
     * Shows these balls (in the node's coordinates once moved by (dx, dy)) at a text scale, in
     * their order (a later one over an earlier one).
     */
    void show(List<Ball> balls, double text, double dx, double dy) {
        double reach = PlanePainter.ballReach(text);
        int side = (int) Math.ceil(2 * reach) + 2;
        boolean resized = text != drawnText;
        drawnText = text;
        while (canvases.size() < balls.size()) {
            canvases.add(new Canvas());
            drawn.add(null);
        }
        if (node.getChildren().size() != balls.size()) {
            node.getChildren().setAll(canvases.subList(0, balls.size()));
        }
        for (int i = 0; i < balls.size(); i++) {
            Ball b = balls.get(i);
            double x = b.x() + dx;
            double y = b.y() + dy;
            double left = Math.floor(x - side / 2.0);
            double top = Math.floor(y - side / 2.0);
            Ball local = new Ball(b.run(), x - left, y - top, b.color());
            Canvas c = canvases.get(i);
            if (resized || !local.equals(drawn.get(i))) {
                c.setWidth(side);
                c.setHeight(side);
                c.getGraphicsContext2D().clearRect(0, 0, side, side);
                PlanePainter.paintBall(new CanvasSketch(c), local, text);
                drawn.set(i, local);
            }
            c.setLayoutX(left);
            c.setLayoutY(top);
        }
    }
}
