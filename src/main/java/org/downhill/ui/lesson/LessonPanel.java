package org.downhill.ui.lesson;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.downhill.ui.model.LessonTask;
import org.downhill.ui.model.LessonViewModel;

/**
 * The open lesson beside the view: the lesson's title with the page indicator, the page's title,
 * text and intuition, its "try this" tasks with a live check mark each (and "Show me" where the
 * lesson has a solution), and Back / Next. The page's part scrolls; the whole panel can be folded
 * to its title and buttons. Hidden while no lesson is open.
 */
public final class LessonPanel extends VBox {
    /** The least height of the text and of the tasks (they scroll below it), so the panel can always shrink. */
    private static final double MIN_PART_HEIGHT = 40;
    /** The tasks' share of the panel's height that they keep before the text gives up its room. */
    private static final double TASKS_SHARE = 0.45;
    private final LessonViewModel lessons;
    private final VBox taskRows = new VBox();
    private final VBox page;
    private final ScrollPane scroll;
    private final VBox tasksBox;
    private final ScrollPane tasksScroll;

    /** The panel of a lesson model. */
    public LessonPanel(LessonViewModel lessons) {
        this.lessons = lessons;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        visibleProperty().bind(lessons.lessonProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        Label lessonTitle = new Label();
        lessonTitle.setId("lesson-title");
        lessonTitle.getStyleClass().add("lesson-title");
        lessonTitle.setWrapText(true);
        lessonTitle.textProperty().bind(Bindings.createStringBinding(
                () -> lessons.lesson() == null ? "" : lessons.lesson().title(), lessons.lessonProperty()));
        lessonTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lessonTitle, Priority.ALWAYS);
        ToggleButton fold = new ToggleButton("\u25BE");
        fold.setId("lesson-fold");
        fold.getStyleClass().add("lesson-icon-button");
        fold.setFocusTraversable(false);
        fold.setTooltip(new Tooltip("Fold the text away (the tasks stay), or unfold it"));
        fold.textProperty().bind(Bindings.when(fold.selectedProperty()).then("\u25B8").otherwise("\u25BE"));
        Button close = new Button("\u2715");
        close.setId("lesson-close");
        close.getStyleClass().add("lesson-icon-button");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip("Close the lesson (the runs stay)"));
        close.setOnAction(e -> lessons.close());
        HBox header = new HBox(4, lessonTitle, fold, close);
        header.setAlignment(Pos.CENTER_LEFT);

        Label pageTitle = label("lesson-page-title", "section-title");
        pageTitle.textProperty().bind(lessons.titleProperty());
        Label problem = label("lesson-problem", "param-error");
        problem.textProperty().bind(lessons.problemProperty());
        showOnlyWithText(problem);
        Label measuring = label("lesson-measuring", "muted");
        measuring.setText("Measuring the page's runs\u2026");
        measuring.visibleProperty().bind(lessons.loadingProperty());
        measuring.managedProperty().bind(measuring.visibleProperty());
        Label text = label("lesson-text", "lesson-text");
        text.textProperty().bind(lessons.textProperty());
        showOnlyWithText(text);
        Label intuition = label("lesson-intuition", "lesson-intuition");
        intuition.textProperty().bind(lessons.intuitionProperty());
        showOnlyWithText(intuition);
        Label tryThis = label("lesson-try-this", "field-title");
        tryThis.setText("Try this");
        tryThis.visibleProperty().bind(Bindings.isNotEmpty(lessons.tasks()));
        tryThis.managedProperty().bind(tryThis.visibleProperty());
        taskRows.getStyleClass().add("lesson-tasks");
        lessons.tasks().addListener((ListChangeListener<LessonTask>) c -> showTasks());

        page = new VBox(pageTitle, problem, measuring, text, intuition);
        page.getStyleClass().add("lesson-page");
        scroll = scroll(page, "lesson-scroll");
        scroll.visibleProperty().bind(fold.selectedProperty().not());
        scroll.managedProperty().bind(scroll.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        lessons.pageProperty().addListener((obs, old, now) -> scroll.setVvalue(0));

        Button back = new Button("\u2190 Back");
        back.setId("lesson-back");
        back.setTooltip(new Tooltip("The page before (Page Up)"));
        back.disableProperty().bind(lessons.canBackProperty().not());
        back.setOnAction(e -> lessons.back());
        Button next = new Button("Next \u2192");
        next.setId("lesson-next");
        next.setTooltip(new Tooltip("The next page (Page Down)"));
        next.disableProperty().bind(lessons.canNextProperty().not());
        next.setOnAction(e -> lessons.next());
        Label indicator = label("lesson-page-indicator", "lesson-page-indicator");
        indicator.setWrapText(false);
        indicator.setTooltip(new Tooltip("The page of the lesson"));
        indicator.textProperty().bind(Bindings.createStringBinding(lessons::pageLabel,
                lessons.pageProperty(), lessons.lessonProperty()));
        Button reload = new Button("\u21BB");
        reload.setId("lesson-reload");
        reload.getStyleClass().add("lesson-icon-button");
        reload.setFocusTraversable(false);
        reload.setTooltip(new Tooltip("Show the page's runs again as the lesson has them"));
        reload.setOnAction(e -> lessons.reload());
        for (Button b : List.of(back, next, reload)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gapLeft = new Region();
        Region gapRight = new Region();
        HBox.setHgrow(gapLeft, Priority.ALWAYS);
        HBox.setHgrow(gapRight, Priority.ALWAYS);
        HBox nav = new HBox(back, gapLeft, indicator, reload, gapRight, next);
        nav.getStyleClass().add("lesson-nav");
        nav.setAlignment(Pos.CENTER);

        tasksBox = new VBox(tryThis, taskRows);
        tasksBox.getStyleClass().add("lesson-tasks-box");
        tasksScroll = scroll(tasksBox, "lesson-tasks-scroll");
        tasksScroll.visibleProperty().bind(tryThis.visibleProperty());
        tasksScroll.managedProperty().bind(tasksScroll.visibleProperty());
        VBox.setVgrow(tasksScroll, Priority.SOMETIMES);
        getChildren().addAll(header, scroll, tasksScroll, nav);
        showTasks();
    }

    /**
     * Asks for room for the whole page at the width it has (a scroll pane alone would ask for the
     * height of its text on one line); the column beside the view gives it at most its share.
     */
    @Override
    protected void layoutChildren() {
        askForAll(scroll, page);
        askForAll(tasksScroll, tasksBox);
        keepTasksInSight();
        super.layoutChildren();
    }

    /**
     * The tasks are what the student acts on: when the panel is short, the text scrolls first and
     * the tasks keep their whole height, up to {@link #TASKS_SHARE} of the panel's room.
     */
    private void keepTasksInSight() {
        double room = Double.isFinite(getMaxHeight()) && getMaxHeight() > 0 ? getMaxHeight() : getHeight();
        double keep = Math.max(MIN_PART_HEIGHT, Math.min(tasksScroll.prefHeight(-1), room * TASKS_SHARE));
        if (keep != tasksScroll.getMinHeight()) {
            tasksScroll.setMinHeight(keep);
        }
    }

    private static void askForAll(ScrollPane scroll, Region content) {
        double width = scroll.getViewportBounds().getWidth();
        if (width > 0) {
            double height = content.prefHeight(width);
            if (height != scroll.getPrefViewportHeight()) {
                scroll.setPrefViewportHeight(height);
            }
        }
    }

    /** A scroll pane for a part that wraps to the panel's width and may be shorter than its text. */
    private static ScrollPane scroll(Region content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.getStyleClass().add("lesson-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(MIN_PART_HEIGHT);
        return scroll;
    }

    private void showTasks() {
        taskRows.getChildren().setAll(lessons.tasks().stream().map(this::row).toList());
    }

    private HBox row(LessonTask task) {
        Label mark = new Label();
        mark.getStyleClass().add("lesson-mark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip why = new Tooltip();
        task.statusProperty().addListener((obs, old, now) -> showStatus(mark, why, task));
        task.reasonProperty().addListener((obs, old, now) -> showStatus(mark, why, task));
        showStatus(mark, why, task);
        Label text = new Label(task.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        Label reason = new Label();
        reason.getStyleClass().add("param-error");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.textProperty().bind(Bindings.createStringBinding(() -> task.status() == LessonTask.Status.UNAVAILABLE
                ? task.reasonProperty().get() + ". \u21BB shows the page's runs again." : "",
                task.statusProperty(), task.reasonProperty()));
        showOnlyWithText(reason);
        VBox words = new VBox(text, reason);
        words.getStyleClass().add("lesson-task-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(mark, words);
        row.getStyleClass().add("lesson-task");
        row.setAlignment(Pos.TOP_LEFT);
        if (task.hasSolution()) {
            Button showMe = new Button("Show me");
            showMe.getStyleClass().add("lesson-show-me");
            showMe.setMinWidth(Region.USE_PREF_SIZE);
            showMe.setFocusTraversable(false);
            showMe.setTooltip(new Tooltip("Show the page's runs with settings that do it"));
            showMe.disableProperty().bind(lessons.loadingProperty());
            showMe.setOnAction(e -> lessons.showMe(task));
            words.getChildren().add(showMe);
        }
        return row;
    }

    /** A tick for done, a ring for not yet, dots while checking, an exclamation mark with the reason. */
    private static void showStatus(Label mark, Tooltip why, LessonTask task) {
        mark.getStyleClass().removeAll("done", "not-done", "checking", "unavailable");
        switch (task.status()) {
            case DONE -> set(mark, "\u2714", "done");
            case NOT_DONE -> set(mark, "\u25CB", "not-done");
            case CHECKING -> set(mark, "\u2026", "checking");
            case UNAVAILABLE -> set(mark, "!", "unavailable");
        }
        mark.setAccessibleText(task.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        why.setText(switch (task.status()) {
            case DONE -> "Done on the runs as they are now";
            case NOT_DONE -> "Not done yet on the runs as they are now";
            case CHECKING -> "Checking on the runs as they are now";
            case UNAVAILABLE -> "Cannot be checked: " + task.reasonProperty().get();
        });
        mark.setTooltip(why);
    }

    private static void set(Label mark, String glyph, String styleClass) {
        mark.setText(glyph);
        mark.getStyleClass().add(styleClass);
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
