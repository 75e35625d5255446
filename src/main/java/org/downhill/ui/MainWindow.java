package org.downhill.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.NotificationPane;
import org.downhill.data.DataSet;
import org.downhill.scenario.FileFormatException;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.chart.ChartsRow;
import org.downhill.ui.controls.CaptionBanner;
import org.downhill.ui.controls.LandscapePanel;
import org.downhill.ui.controls.LandscapePicker;
import org.downhill.ui.controls.RulePanel;
import org.downhill.ui.controls.RunEditor;
import org.downhill.ui.controls.RunsPanel;
import org.downhill.ui.controls.TransportBar;
import org.downhill.ui.data.DataFileDialog;
import org.downhill.ui.data.DataView;
import org.downhill.ui.data.TrainingPanel;
import org.downhill.ui.export.ExportActions;
import org.downhill.ui.lesson.LessonPanel;
import org.downhill.ui.lesson.LessonsMenu;
import org.downhill.ui.lr.LrStripModel;
import org.downhill.ui.lr.LrStripPane;
import org.downhill.ui.lr.RangeTestModel;
import org.downhill.ui.lr.RangeTestWindow;
import org.downhill.ui.lr.ScanLinesModel;
import org.downhill.ui.lr.StabilityMapModel;
import org.downhill.ui.lr.StabilityMapWindow;
import org.downhill.ui.model.FormulaViewModel;
import org.downhill.ui.model.LabHistory;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.LessonViewModel;
import org.downhill.ui.model.LrVsBatchViewModel;
import org.downhill.ui.model.RecentFiles;
import org.downhill.ui.model.RecentList;
import org.downhill.ui.model.RuleViewModel;
import org.downhill.ui.model.TrainingViewModel;
import org.downhill.ui.model.ViewLayout;
import org.downhill.ui.plane.MultiplesView;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.plane.RasterService;
import org.downhill.ui.surface.SurfaceView;

/**
 * The main window's content: the tool bar, the landscape view with the charts and the transport
 * under it, the controls on the right, the status bar, and the help overlay over all. One
 * animation timer drives the window: it advances the playhead and lets each view redraw what
 * changed, once per frame.
 */
public final class MainWindow extends StackPane {
    /** The most recent formulas listed. */
    private static final int RECENT_FORMULAS = 12;
    /** The controls' narrowest width, in pixels. */
    private static final double MIN_CONTROLS_WIDTH = 300;
    /** Room for the controls' vertical scroll bar, in pixels. */
    private static final double SCROLL_BAR_ROOM = 16;
    private final LabViewModel lab;
    private final PlaneView plane;
    private final MultiplesView multiples;
    private final TrainingViewModel training;
    private final LrVsBatchViewModel lrVsBatch;
    private final ExecutorService measurer;
    private final DataView dataView;
    private final ChartsRow charts;
    private final SurfaceView surface;
    private final StackPane views;
    private final ScenarioActions files;
    private final ExportActions export;
    private final LessonViewModel lessons;
    private final PageTurner pages;
    private final WorkArea work;
    private final LabHistory history;
    private final StatusBar status = new StatusBar();
    private final HelpOverlay help = new HelpOverlay();
    private final NotificationPane notices;
    private final Label noticeText = new Label();
    private final ExecutorService worker;
    private final ExecutorService exportWriter;
    private final ExecutorService landscapeWorker;
    private final ExecutorService sweepWorker;
    private final ExecutorService rangeTestWorker;
    private final LrStripModel lrStrip;
    private final RangeTestModel rangeTest;
    private RangeTestWindow rangeTestWindow;
    private final StabilityMapModel stabilityMap;
    private StabilityMapWindow stabilityMapWindow;
    private final FormulaViewModel formula;
    private LandscapePanel landscapePanel;
    private final AnimationTimer timer;
    private final VBox controls = new VBox();
    /** Frames left before the controls are built even if no landscape has been drawn; -1 once built. */
    private int framesBeforeControls = 120;

    /** The window content for a lab, complete from the start (as the tests use it). */
    public MainWindow(LabViewModel lab) {
        this(lab, false);
    }

    /**
     * The window content for a lab.
     *
     * @param controlsAfterLandscape whether the controls on the right are built only after the first
     *                               frame that shows the landscape (at most after 2 s of frames), so
     *                               that the app shows its landscape sooner at start-up
     */
    public MainWindow(LabViewModel lab, boolean controlsAfterLandscape) {
        this.lab = lab;
        getStyleClass().add("main-window");
        worker = daemonThread("downhill-raster");
        exportWriter = daemonThread("downhill-export");
        plane = new PlaneView(lab, RasterService.onScreen(worker));
        multiples = new MultiplesView(lab, RasterService.onScreen(worker));
        training = new TrainingViewModel(lab);
        dataView = new DataView(lab, training);
        lrVsBatch = new LrVsBatchViewModel(lab);
        measurer = daemonThread("downhill-lr-vs-batch");
        lrVsBatch.measureOn(measurer, Platform::runLater);
        charts = new ChartsRow(lab);
        surface = new SurfaceView(lab, worker);
        views = new StackPane();
        views.getStyleClass().add("views");
        lab.view().layoutProperty().addListener((obs, old, now) -> showViews(now));
        lab.view().panelsProperty().addListener((obs, old, now) -> showViews(lab.view().layoutProperty().get()));
        showViews(lab.view().layoutProperty().get());
        training.modelProperty().addListener((obs, old, now) -> {
            if ((old == null) != (now == null)) {
                showViews(lab.view().layoutProperty().get());
            }
        });
        sweepWorker = daemonThread("downhill-sweep");
        lrStrip = new LrStripModel(lab, sweepWorker, Platform::runLater, Sweeper.on(ForkJoinPool.commonPool()));
        LrStripPane strip = new LrStripPane(lrStrip, new ScanLinesModel(lab, lrStrip, sweepWorker, Platform::runLater,
                Sweeper.on(ForkJoinPool.commonPool())), lab.view());
        rangeTestWorker = daemonThread("downhill-range-test");
        rangeTest = new RangeTestModel(lab, lrStrip, rangeTestWorker, Platform::runLater, MainWindow::frame);
        Button findLr = new Button("Find a learning rate…");
        findLr.setId("find-lr");
        findLr.setTooltip(new Tooltip("The learning-rate range test on the selected run"));
        findLr.setOnAction(e -> showRangeTest());
        strip.addTool(findLr);
        stabilityMap = new StabilityMapModel(lab, lrStrip, sweepWorker, Platform::runLater,
                Sweeper.on(ForkJoinPool.commonPool()));
        Button mapButton = new Button("Stability map…");
        mapButton.setId("stability-map");
        mapButton.setTooltip(new Tooltip("The regime over learning rate and momentum for the selected run"));
        mapButton.setOnAction(e -> showStabilityMap());
        strip.addTool(mapButton);
        strip.visibleProperty().bind(lab.view().lrStripProperty());
        strip.managedProperty().bind(strip.visibleProperty());
        CaptionBanner caption = new CaptionBanner(lab);
        TransportBar transport = new TransportBar(lab);
        VBox left = new VBox(caption, views, strip, charts, transport);
        VBox.setVgrow(views, Priority.ALWAYS);
        left.getStyleClass().add("left-pane");
        left.setMinWidth(0);
        ViewRoomKeeper.keep(left, lab, caption, List.of(caption, strip, transport), views, charts);

        landscapeWorker = daemonThread("downhill-landscape");
        lab.prepareLandscapesOn(landscapeWorker, Platform::runLater);
        formula = new FormulaViewModel(lab,
                new RecentList<>(AppFiles.recentFormulas(), RECENT_FORMULAS, line -> line, line -> line));
        controls.getStyleClass().add("controls");
        if (!controlsAfterLandscape) {
            buildControls();
        }
        ScrollPane controlScroll = new ScrollPane(controls) {
            // never narrower than the controls' own minimum at normal text with the scroll bar
            // beside them: the divider stops there instead of cutting off their right edge; larger
            // text does not push the divider into the view (the controls scroll sideways instead)
            private double atNormalText = Double.NaN;

            @Override
            protected double computeMinWidth(double height) {
                double scale = lab.view().textScaleProperty().get();
                if (scale == 1 || Double.isNaN(atNormalText)) {
                    atNormalText = controls.minWidth(-1) / scale;
                }
                return Math.max(MIN_CONTROLS_WIDTH, snappedLeftInset() + atNormalText + SCROLL_BAR_ROOM
                        + snappedRightInset());
            }
        };
        controlScroll.setFitToWidth(true);
        controlScroll.hbarPolicyProperty().bind(Bindings.when(lab.view().textScaleProperty().greaterThan(1))
                .then(ScrollPane.ScrollBarPolicy.AS_NEEDED).otherwise(ScrollPane.ScrollBarPolicy.NEVER));
        controlScroll.getStyleClass().add("controls-scroll");

        BiConsumer<String, String> errors = this::showError;
        files = new ScenarioActions(lab, new RecentFiles(AppFiles.recent()), errors, worker, Platform::runLater);
        export = new ExportActions(lab, plane, charts, surface, dataView, errors, status::showMessage, exportWriter,
                Platform::runLater);
        lessons = new LessonViewModel(lab, files::show, worker, Platform::runLater);
        pages = new PageTurner(lessons, files);
        work = new WorkArea(left, new LessonPanel(lessons), controlScroll);
        FullScreen.follow(this, work.presentingProperty());
        noticeText.setId("notice-text");
        noticeText.setWrapText(true);
        notices = new NotificationPane(work);
        notices.setId("notices");
        notices.setGraphic(noticeText);
        BorderPane root = new BorderPane(notices);
        // with large text the parts may want more room than the window has: they are clipped
        // at their own edges instead of pushing the whole window off the screen
        root.setMinSize(0, 0);
        history = new LabHistory(lab, Platform::runLater, System::nanoTime);
        VBox bars = new VBox(new AppMenuBar(files, export, history, help::toggle, Platform::exit,
                new ViewMenu(work.presentingProperty(), lab.view()), new LessonsMenu(lessons, errors)),
                new ViewToolBar(lab, help::toggle, export, new LandscapePicker(lab, formula, this::focusFormula, training,
                        this::openDataFile)));
        root.setTop(bars);
        root.setBottom(status);
        for (Node bar : List.of(bars, status)) {
            bar.visibleProperty().bind(work.presentingProperty().not());
            bar.managedProperty().bind(bar.visibleProperty());
        }
        getChildren().addAll(root, help);

        lab.view().textScaleProperty().addListener((obs, old, now) -> applyTextScale(now.doubleValue()));
        applyTextScale(lab.view().textScaleProperty().get());
        plane.pointerProperty().addListener((obs, old, now) -> status.showPointer(lab, now));
        multiples.pointerProperty().addListener((obs, old, now) -> status.showPointer(lab, now));
        status.showPointer(lab, null);
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    lab.advance((now - last) / 1e9);
                }
                last = now;
                pulse(now);
            }
        };
    }

    /** Lets every view redraw what changed since the last frame; the animation calls it once per frame. */
    public void pulse(long now) {
        ViewLayout layout = lab.view().layoutProperty().get();
        if (framesBeforeControls >= 0 && (plane.landscapeDrawn() || multiples.landscapeDrawn()
                || layout != ViewLayout.PLANE
                || framesBeforeControls-- == 0)) {
            // the frame with the landscape is on screen: the controls come after this frame
            framesBeforeControls = -1;
            Platform.runLater(this::buildControls);
        }
        if (layout != ViewLayout.SURFACE && lab.view().panelsProperty().get()) {
            multiples.pulse();
        } else if (layout != ViewLayout.SURFACE) {
            plane.pulse(now);
        }
        if (dataView.getScene() != null) {
            dataView.pulse();
        }
        if (layout != ViewLayout.PLANE) {
            surface.pulse(now);
        }
        if (charts.isVisible()) {
            charts.pulse();
        }
        status.showRun(lab);
    }

    /** Puts the run list, the update rule, the run editor and the landscape's settings on the right. */
    private void buildControls() {
        framesBeforeControls = -1;
        landscapePanel = new LandscapePanel(lab, formula);
        controls.getChildren().setAll(new RunsPanel(lab), new TrainingPanel(training, lrVsBatch),
                new RulePanel(new RuleViewModel(lab, worker, Platform::runLater), export), new RunEditor(lab),
                landscapePanel);
    }

    /** Shows the formula field, with the keyboard focus in it (once the controls are built). */
    private void focusFormula() {
        if (landscapePanel != null) {
            landscapePanel.focusFormula();
        }
    }

    /** Whether the controls on the right are in place. */
    public boolean controlsShown() {
        return !controls.getChildren().isEmpty();
    }

    /** Starts the animation. */
    public void start() {
        timer.start();
    }

    /** Stops the animation and the background threads (a file being written is finished unless the app exits). */
    public void stop() {
        timer.stop();
        worker.shutdownNow();
        landscapeWorker.shutdownNow();
        measurer.shutdownNow();
        stabilityMap.cancel();
        sweepWorker.shutdownNow();
        rangeTest.clear();
        rangeTestWorker.shutdownNow();
        exportWriter.shutdown();
    }

    /**
     * Waits, off the FX thread, until the window's background workers (rasters, landscapes,
     * exports, batch-size measurements) have done everything asked of them before this call: each is single-threaded, so a
     * task queued behind the others completes last. The signal UI tests and probes wait for.
     *
     * @throws IllegalStateException on the FX thread, or if a worker is still busy after the timeout
     */
    public void awaitWorkers(long timeout, TimeUnit unit) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the FX thread never waits for the workers");
        }
        try {
            for (ExecutorService executor : List.of(landscapeWorker, worker, exportWriter, measurer)) {
                if (!executor.isShutdown()) {
                    executor.submit(() -> { }).get(timeout, unit);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a worker is still busy after " + timeout + " " + unit, e);
        }
    }

    /** Waits a frame (1/60 s) on a worker: the pace of a range test shown live. */
    private static void frame() {
        try {
            Thread.sleep(16);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A single daemon thread of this name that runs tasks in order. */
    static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Shows a message in a bar at the top of the window until the user closes it (what became of
     * the last session, say); a second message replaces the first.
     */
    public void showNotice(String text) {
        noticeText.setText(text);
        notices.show();
    }

    /** Opens or closes the help overlay. */
    public void toggleHelp() {
        help.toggle();
    }

    /** Undo and redo of the lab's edits. */
    public LabHistory history() {
        return history;
    }

    /** The landscape view. */
    public PlaneView plane() {
        return plane;
    }

    /** The area of the views (2D, 3D or both): it has the keys when no control does. */
    public Node views() {
        return views;
    }

    /** Opening and saving scenarios. */
    public ScenarioActions files() {
        return files;
    }

    /** Figure export. */
    public ExportActions export() {
        return export;
    }

    /** Opens the "Find a learning rate" window (the range test) in front. */
    public RangeTestWindow showRangeTest() {
        if (rangeTestWindow == null) {
            rangeTestWindow = new RangeTestWindow(rangeTest, lab.view(), getScene() == null ? null
                    : getScene().getWindow());
        }
        rangeTestWindow.show();
        return rangeTestWindow;
    }

    /** Opens the stability map window in front (computing the map if there is none). */
    public StabilityMapWindow showStabilityMap() {
        if (stabilityMapWindow == null) {
            stabilityMapWindow = new StabilityMapWindow(stabilityMap, export, lab.view(),
                    getScene() == null ? null : getScene().getWindow());
        }
        stabilityMapWindow.show();
        return stabilityMapWindow;
    }

    /** The learning-rate strip of the selected run. */
    public LrStripModel lrStrip() {
        return lrStrip;
    }

    /** The 3D view. */
    public SurfaceView surface() {
        return surface;
    }

    /** The small multiples of the 2D view (shown in its place while the view's panels are on). */
    public MultiplesView multiples() {
        return multiples;
    }

    /**
     * Puts the chosen views in place: the 2D map (or its small multiples), the 3D surface, or both
     * side by side.
     */
    private void showViews(ViewLayout layout) {
        views.getChildren().clear();
        Node map = lab.view().panelsProperty().get() ? multiples : plane;
        switch (layout) {
            case PLANE -> views.getChildren().add(training.model() == null ? map : withData(map));
            case SURFACE -> views.getChildren().add(surface);
            case BOTH -> {
                SplitPane both = new SplitPane(map, surface);
                both.setDividerPositions(0.5);
                views.getChildren().add(both);
            }
        }
    }

    /** The landscape view with the data view beside it (a model on data), a little narrower. */
    private Node withData(Node landscape) {
        SplitPane pair = new SplitPane(landscape, dataView);
        pair.setId("plane-and-data");
        pair.setDividerPositions(0.55);
        return pair;
    }

    /**
     * Asks for a CSV file, reads it on the worker and shows the dialog that chooses the model and
     * columns; a file that cannot be read or breaks a rule is refused with its message (line and
     * column), and nothing changes.
     */
    public void openDataFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            openDataFile(file.toPath());
        }
    }

    /** Reads a CSV file on the worker, then shows the dialog (or the file's problem). */
    public void openDataFile(Path file) {
        worker.execute(() -> {
            try {
                DataSet data = TrainingViewModel.readFile(file);
                Platform.runLater(() -> new DataFileDialog(getScene().getWindow(), data, training).show());
            } catch (FileFormatException e) {
                Platform.runLater(() -> showError("Cannot use this data file", e.getMessage()));
            }
        });
    }

    /** The data view beside the landscape (shown while the runs train a model on data). */
    public DataView dataView() {
        return dataView;
    }

    /** Training on data: the data set, batches, epochs and scaling. */
    public TrainingViewModel training() {
        return training;
    }

    /** The guided lesson beside the view. */
    public LessonViewModel lessons() {
        return lessons;
    }

    /** What Page Down and Page Up turn: the lesson's pages or the presets. */
    public PageTurner pages() {
        return pages;
    }

    /** The work area: at the desk or presenting, with the controls' drawer. */
    public WorkArea work() {
        return work;
    }

    /** The charts under the landscape. */
    public ChartsRow charts() {
        return charts;
    }

    /** Shows a refusal over the window, in the window's theme. */
    private void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        alert.show();
    }

    /** The lab this window shows. */
    public LabViewModel lab() {
        return lab;
    }

    /**
     * Sets the font size of what scales with the text (the tool bar, transport and status bar keep
     * theirs: see downhill.css); the parts keep their room, so the view keeps its size.
     */
    private void applyTextScale(double scale) {
        setStyle(Theme.fontSize(scale));
    }
}
