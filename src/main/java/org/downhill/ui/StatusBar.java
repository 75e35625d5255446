package org.downhill.ui;

import javafx.geometry.Point2D;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.downhill.diagnose.Diagnosis;
import org.downhill.figure.Labels;
import org.downhill.sim.Trajectory;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;

/** The status bar: the point under the mouse with f there, and the selected run's step, lr and loss. */
public final class StatusBar extends HBox {
    private final Label pointer = new Label();
    private final Label run = new Label();
    private final Label message = new Label();
    private Diagnosis shownDiagnosis;
    private int shownStep = -1;
    private String shownName;
    private final PauseTransition messageTimeout = new PauseTransition(Duration.seconds(8));

    /** A status bar for the lab. */
    public StatusBar() {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        pointer.setId("status-pointer");
        run.setId("status-run");
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        messageTimeout.setOnFinished(e -> message.setText(""));
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(pointer, left, message, right, run);
    }

    /** Shows what was just done (a file saved, a figure copied) for a few seconds. */
    public void showMessage(String text) {
        message.setText(text);
        messageTimeout.playFromStart();
    }

    /** Shows the point under the mouse (null: none). */
    public void showPointer(LabViewModel lab, Point2D p) {
        if (p == null) {
            pointer.setText("Click the landscape to start the runs there; drag to pan, scroll to zoom");
            return;
        }
        double f = lab.landscape().value(p.getX(), p.getY());
        pointer.setText("x = " + Labels.number(p.getX()) + "   y = " + Labels.number(p.getY())
                + (Double.isNaN(f) ? "   f is undefined here" : "   f = " + Labels.number(f)));
    }

    /** Shows the selected run at the playhead; does nothing when neither changed since the last call. */
    public void showRun(LabViewModel lab) {
        RunViewModel selected = lab.selected();
        if (selected == null) {
            run.setText("");
            return;
        }
        Trajectory t = selected.trajectory();
        int k = Math.min(lab.playhead(), t.lastStep());
        // a new diagnosis comes with every re-simulation (the trajectory object itself is reused)
        if (selected.diagnosis() == shownDiagnosis && k == shownStep && selected.name().equals(shownName)) {
            return;
        }
        shownDiagnosis = selected.diagnosis();
        shownStep = k;
        shownName = selected.name();
        run.setText(selected.name() + "   step " + k + "   lr = " + Labels.number(t.lr(k)) + "   loss = "
                + Labels.number(t.loss(k)));
    }
}
