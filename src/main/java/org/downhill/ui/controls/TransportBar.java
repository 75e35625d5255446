package org.downhill.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.downhill.ui.model.LabViewModel;

/**
 * Playback: reset, one step back, play/pause, one step forward, the speed (1 to 1,000 steps per
 * second, logarithmic), the timeline scrubber, the step counter and the "restart on change" switch.
 */
public final class TransportBar extends HBox {

    /** Controls for the lab's playback. */
    public TransportBar(LabViewModel lab) {
        getStyleClass().add("transport-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Button reset = button(Icons.reset(), "Back to step 0 (R)", "reset");
        reset.setOnAction(e -> lab.reset());
        Button back = button(Icons.stepBack(), "One step back (\u2190)", "step-back");
        back.setOnAction(e -> lab.stepBack());
        Button play = button(Icons.play(), "Play or pause (Space)", "play");
        Node playIcon = play.getGraphic();
        Node pauseIcon = Icons.pause();
        play.graphicProperty().bind(Bindings.when(lab.playingProperty()).then(pauseIcon).otherwise(playIcon));
        play.setOnAction(e -> lab.togglePlay());
        play.getStyleClass().add("play-button");
        Button forward = button(Icons.stepForward(), "One step forward (\u2192)", "step-forward");
        forward.setOnAction(e -> lab.stepForward());

        Slider speed = new Slider(0, 3, Math.log10(lab.speedProperty().get()));
        speed.setId("speed");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Playback speed: 1 to 1,000 steps per second"));
        speed.valueProperty().addListener((obs, old, now) ->
                lab.speedProperty().set(Math.round(Math.pow(10, now.doubleValue()))));
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(Bindings.format("%.0f steps/s", lab.speedProperty()));
        speedLabel.setMinWidth(Label.USE_PREF_SIZE);

        Slider timeline = new Slider(0, lab.steps(), lab.playhead());
        timeline.setId("timeline");
        timeline.setTooltip(new Tooltip("The step shown: drag to scrub through the runs"));
        timeline.maxProperty().bind(lab.stepsProperty());
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setMaxWidth(Double.MAX_VALUE);
        lab.playheadProperty().addListener((obs, old, now) -> {
            if (!timeline.isValueChanging() && timeline.getValue() != now.intValue()) {
                timeline.setValue(now.intValue());
            }
        });
        timeline.valueProperty().addListener((obs, old, now) -> {
            int step = (int) Math.round(now.doubleValue());
            if (step != lab.playhead()) {
                lab.setPlayhead(step);
            }
        });
        Label counter = new Label();
        counter.setId("step-counter");
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(Bindings.format("Step %d / %d", lab.playheadProperty(), lab.stepsProperty()));
        counter.setMinWidth(Label.USE_PREF_SIZE);

        CheckBox restart = new CheckBox("Restart on change");
        restart.setId("restart-on-change");
        restart.setTooltip(new Tooltip("On: a changed setting re-runs from the start. Off: the run continues "
                + "from the current step under the new setting, and the change is marked"));
        restart.selectedProperty().bindBidirectional(lab.restartOnChangeProperty());
        getChildren().addAll(reset, back, play, forward, speed, speedLabel, timeline, counter, restart);
    }

    private static Button button(Node icon, String tip, String id) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("transport-button");
        b.setFocusTraversable(false);
        return b;
    }
}
