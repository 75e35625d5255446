package org.downhill.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.HiddenSidesPane;

/**
 * The window's work area in its two arrangements. At the desk: the view column (caption, views,
 * charts, transport) and, beside it, the lesson above the controls. Presenting: the view column
 * as wide as the screen allows, the lesson (if one is open) beside it, and the controls in a
 * drawer that slides in over the view from its right edge ({@link #drawerOpenProperty()}: the
 * handle at the screen's edge, C, or the mouse at the view's edge) and out again, leaving the
 * lesson's tasks in sight.
 */
public final class WorkArea extends StackPane {
    /** The controls' share of the width at the desk. */
    private static final double CONTROLS_SHARE = 0.30;
    /** The lesson's share of the column's height at the desk, at most. */
    private static final double LESSON_SHARE = 0.6;
    /** The lesson's share of the width when presenting. */
    private static final double PRESENTING_LESSON_SHARE = 0.27;
    /** The drawer's share of the width when presenting, at the least 360 pixels. */
    private static final double DRAWER_SHARE = 0.3;

    private final Node column;
    private final Region lesson;
    private final Region controls;
    private final SplitPane split = new SplitPane();
    private final VBox side = new VBox();
    private final HiddenSidesPane drawer = new HiddenSidesPane();
    private final HBox presentationRow = new HBox();
    private final VBox handle;
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty drawerOpen = new SimpleBooleanProperty();
    private double deskDivider = 1 - CONTROLS_SHARE;

    /**
     * The work area of these parts.
     *
     * @param column   the view column: caption, views, charts and transport
     * @param lesson   the lesson panel (it hides itself while no lesson is open)
     * @param controls the controls (a scroll pane)
     */
    public WorkArea(Node column, Region lesson, Region controls) {
        this.column = column;
        this.lesson = lesson;
        this.controls = controls;
        getStyleClass().add("work-area");
        split.setId("work-split");
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(side, false);
        side.getStyleClass().add("side-column");
        // no min width of its own: the controls' (their scroll pane's) keeps the divider from cutting them off
        lesson.maxHeightProperty().bind(side.heightProperty().multiply(LESSON_SHARE));
        // the controls scroll: they take the room the lesson leaves, whatever their content's height
        controls.setPrefHeight(120);
        VBox.setVgrow(controls, Priority.ALWAYS);

        drawer.setId("controls-drawer");
        drawer.setTriggerDistance(4);
        drawer.setAnimationDelay(Duration.millis(100));
        drawer.setAnimationDuration(Duration.millis(150));
        drawerOpen.addListener((obs, old, now) -> drawer.setPinnedSide(now ? Side.RIGHT : null));
        drawer.pinnedSideProperty().addListener((obs, old, now) -> drawerOpen.set(now == Side.RIGHT));
        handle = handle();
        HBox.setHgrow(drawer, Priority.ALWAYS);
        presentationRow.getStyleClass().add("presentation");

        presenting.addListener((obs, old, now) -> arrange(now));
        arrange(false);
    }

    /** Whether the area is arranged for presenting. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** Whether the controls' drawer is open (presenting only). */
    public BooleanProperty drawerOpenProperty() {
        return drawerOpen;
    }

    /** The split between the view column and the lesson and controls, at the desk. */
    public SplitPane split() {
        return split;
    }

    private void arrange(boolean present) {
        if (present) {
            deskDivider = split.getDividers().isEmpty() ? deskDivider : split.getDividerPositions()[0];
        }
        split.getItems().clear();
        side.getChildren().clear();
        drawer.setContent(null);
        drawer.setRight(null);
        presentationRow.getChildren().clear();
        getChildren().clear();
        if (present) {
            lesson.prefWidthProperty().bind(widthProperty().multiply(PRESENTING_LESSON_SHARE));
            lesson.minWidthProperty().bind(lesson.prefWidthProperty());
            lesson.maxHeightProperty().unbind();
            lesson.setMaxHeight(Double.MAX_VALUE);
            controls.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(360,
                    widthProperty().multiply(DRAWER_SHARE)));
            drawer.setContent(column);
            drawer.setRight(controls);
            presentationRow.getChildren().addAll(drawer, lesson, handle);
            getChildren().add(presentationRow);
        } else {
            drawerOpen.set(false);
            lesson.prefWidthProperty().unbind();
            lesson.setPrefWidth(Region.USE_COMPUTED_SIZE);
            lesson.minWidthProperty().unbind();
            lesson.setMinWidth(Region.USE_COMPUTED_SIZE);
            lesson.maxHeightProperty().bind(side.heightProperty().multiply(LESSON_SHARE));
            controls.prefWidthProperty().unbind();
            controls.setPrefWidth(Region.USE_COMPUTED_SIZE);
            side.getChildren().addAll(lesson, controls);
            split.getItems().addAll(column, side);
            split.setDividerPositions(deskDivider);
            getChildren().add(split);
        }
    }

    /** The strip at the right edge when presenting: open or close the controls, leave. */
    private VBox handle() {
        ToggleButton open = new ToggleButton();
        open.setId("drawer-handle");
        open.setGraphic(sideways("Controls (C)"));
        open.setTooltip(new Tooltip("Show or hide the controls (C)"));
        open.selectedProperty().bindBidirectional(drawerOpen);
        Button leave = new Button();
        leave.setId("leave-presentation");
        leave.setGraphic(sideways("Leave (Esc)"));
        leave.setTooltip(new Tooltip("Leave the presentation (Esc or F11)"));
        leave.setOnAction(e -> presenting.set(false));
        for (javafx.scene.control.ButtonBase b : java.util.List.of(open, leave)) {
            b.getStyleClass().add("drawer-handle");
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        open.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(open, Priority.ALWAYS);
        VBox strip = new VBox(open, leave);
        strip.getStyleClass().add("drawer-strip");
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setMinWidth(Region.USE_PREF_SIZE);
        return strip;
    }

    /** A label read from bottom to top, for the narrow strip. */
    private static Group sideways(String text) {
        Label label = new Label(text);
        label.setRotate(-90);
        return new Group(label);
    }
}
