package org.downhill.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.downhill.landscape.Landscapes;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 3D view headless (Monocle, which has no 3D): a plain message, and nothing throws. */
@ExtendWith(ApplicationExtension.class)
class SurfaceViewTest {
    private final AtomicInteger tasks = new AtomicInteger();
    private LabViewModel lab;
    private SurfaceView view;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        view = new SurfaceView(lab, task -> {
            tasks.incrementAndGet();
            task.run();
        });
        stage.setScene(new Scene(view, 800, 600));
        // the stage is shared by the UI tests: one sized by an earlier test keeps its size otherwise
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void withoutSceneThreeDTheViewSaysSoAndDoesNothing(FxRobot robot) {
        assertFalse(view.is3D());
        Label message = robot.lookup("#surface-unavailable").queryAs(Label.class);
        assertEquals(SurfaceView.UNAVAILABLE, message.getText());
        assertTrue(message.isVisible());
        robot.interact(() -> {
            lab.setLandscapeFamily(Landscapes.byId("rosenbrock"));
            lab.selected().hyperModel().set("lr", 0.5);
            lab.view().logScaleProperty().set(!lab.view().logScaleProperty().get());
            view.options().exaggerationProperty().set(Double.NaN);
            view.options().samplesProperty().set(-3);
            for (long t = 0; t < 10; t++) {
                view.pulse(t * 16_000_000);
            }
        });
        assertEquals(0, tasks.get(), "no 3D work without 3D");
        Node shown = robot.lookup("#surface-unavailable").query();
        assertTrue(shown.isVisible());
    }

    @Test
    void aSnapshotIsTakenAtTheScaleAskedForAndBadScalesCountAsOne(FxRobot robot) {
        WritableImage[] images = new WritableImage[3];
        robot.interact(() -> {
            images[0] = view.snapshot(1);
            images[1] = view.snapshot(2);
            images[2] = view.snapshot(Double.NaN);
        });
        assertEquals(800, images[0].getWidth(), 1);
        assertEquals(1600, images[1].getWidth(), 2);
        assertEquals(images[0].getWidth(), images[2].getWidth());
    }
}
