package org.downhill.cli;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.downhill.data.ModelLandscape;
import org.downhill.export.TrajectoryCsv;
import org.downhill.figure.Animation;
import org.downhill.figure.DataFigure;
import org.downhill.figure.DataPicture;
import org.downhill.figure.Figure;
import org.downhill.figure.FigureFormats;
import org.downhill.figure.FigureOptions;
import org.downhill.figure.PlaneScene;
import org.downhill.figure.SurfaceRenderer;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Lessons;
import org.downhill.lesson.Page;
import org.downhill.render.GridSampler;
import org.downhill.render.TexImage;
import org.downhill.rule.RuleSheet;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.downhill.sim.RunPlan;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code downhill render}: the figures of a scenario without a window: the 2D view as PNG and SVG,
 * the runs as an animated GIF, the trajectories as CSV (all drawn with Java2D from the simulated
 * runs, no display needed), or the 3D view as PNG (which needs a display and the UI's
 * {@link SurfaceRenderer}), the update rule at a step as PNG, and on a model on data the data view
 * as PNG or SVG. The scenario comes from a file, a preset or a lesson's page; its
 * caption is filled from its runs ({@link Measured}). Every output is checked before any work (a
 * folder, a special file or a missing folder is refused) and written through {@link OutputFile},
 * so nothing but a regular file the user named is ever replaced.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Make the figures of a scenario file, a preset or a lesson's page without opening a window.")
final class RenderCommand implements Callable<Integer> {
    /** The most pixels of a PNG: 50 million, 200 MB of pixels in memory. */
    static final long MAX_PIXELS = 50_000_000;
    /** The font size in pixels of the update rule's PNG. */
    private static final float RULE_FONT_SIZE = 32;

    @ArgGroup(multiplicity = "1")
    Source source;

    /** Where the scenario comes from: a file, a preset or a lesson's page. */
    static final class Source {
        @Parameters(paramLabel = "SCENARIO.json", description = "a scenario file saved by the app")
        Path file;

        @Option(names = "--preset", paramLabel = "ID", description = "a preset shipped with the app (see list)")
        String preset;

        @Option(names = "--lesson", paramLabel = "ID", description = "a lesson shipped with the app (see list); "
                + "its page --page")
        String lesson;
    }

    @Option(names = "--page", paramLabel = "N", description = "the page of --lesson whose scenario is drawn (default 1)")
    Integer page;

    @Option(names = "--out", paramLabel = "FILE", description = "the figure as PNG")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "the 2D view as SVG")
    Path svg;

    @Option(names = "--gif", paramLabel = "FILE", description = "the runs from step 0 to the end as an animated GIF")
    Path gif;

    @Option(names = "--csv", paramLabel = "FILE", description = "the trajectories as CSV, one row per run and step")
    Path csv;

    @Option(names = "--data-view", paramLabel = "FILE",
            description = "the data view of a scenario on data at --step (the points and each run's model): PNG, or "
                    + "SVG if FILE ends in .svg")
    Path dataView;

    @Option(names = "--width", paramLabel = "W", defaultValue = "" + DEFAULT_WIDTH, description = "figure width (default 900)")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "" + DEFAULT_HEIGHT, description = "figure height (default 640)")
    int height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2", description = "PNG pixels per unit, 1 to 4 (default 2)")
    double scale;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "15", description = "GIF frames per second, 1 to 50 (default 15)")
    double fps;

    @Option(names = "--step", paramLabel = "K", defaultValue = "-1",
            description = "the step the figure shows (default: the end of the runs)")
    int step;

    @Option(names = "--rule", paramLabel = "FILE",
            description = "the update rule at --step as PNG: the first visible run's update written out with its "
                    + "numbers, and every visible run's step size per coordinate")
    Path rule;

    @Option(names = "--view", paramLabel = "2d|3d", defaultValue = "2d", description = "which view the PNG shows (default 2d)")
    String view;

    @Option(names = "--title", paramLabel = "TEXT", arity = "0..1", fallbackValue = FROM_SOURCE,
            description = "a title above the 2D figure; alone: the preset's or the lesson page's title")
    String title;

    @Option(names = "--caption", paramLabel = "TEXT", arity = "0..1", fallbackValue = FROM_SOURCE,
            description = "a caption under the title; alone: the scenario's caption, filled from its runs")
    String caption;

    @Option(names = "--fixed-colors", description = "colours fit to the landscape's default window, the same in "
            + "every figure of it, instead of the window in view")
    boolean fixedColors;

    @Option(names = "--panels", description = "small multiples: a panel per visible run, same window, axes and colours")
    boolean panels;

    @Option(names = "--slides", description = "a 16:9 slide: 960 x 540 units at scale 2 (1920 x 1080 pixels)")
    boolean slides;

    /** The fallback of --title and --caption given without a value: the source's own. */
    private static final String FROM_SOURCE = "\u0000source";
    private static final int DEFAULT_WIDTH = 900;
    private static final int DEFAULT_HEIGHT = 640;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Scenario scenario = scenario();
        int shown = step < 0 ? scenario.steps() : step;
        if (shown > scenario.steps()) {
            throw new BadInputException("Invalid value for --step: " + step + " (allowed: 0 to " + scenario.steps()
                    + ", the scenario's steps)");
        }
        if (dataView != null && !(scenario.landscape() instanceof ModelLandscape)) {
            throw new BadInputException("--data-view: " + scenario.landscape().displayName()
                    + " is a formula, not a model on data; there is no data view");
        }
        checkOutputs();
        if (view.equalsIgnoreCase("3d")) {
            renderSurface(scenario, shown);
            return 0;
        }
        if (rule != null) {
            writeRule(scenario);
        }
        PlaneScene scene = PlaneScene.of(scenario).atStep(shown);
        FigureOptions options = FigureOptions.SCREEN.withHeading(heading(title, sourceTitle()),
                heading(caption, scenario.caption())).withFixedColors(fixedColors).withPanels(panels);
        if (csv != null) {
            List<TrajectoryCsv.Named> runs = scene.visibleRuns().stream()
                    .map(r -> new TrajectoryCsv.Named(r.name(), r.trajectory())).toList();
            OutputFiles.write(csv, out -> out.write(TrajectoryCsv.toCsv(runs).getBytes(StandardCharsets.UTF_8)));
        }
        if (dataView != null) {
            writeDataView(scene, options);
        }
        GridSampler sampler = GridSampler.parallel(ForkJoinPool.commonPool(),
                Runtime.getRuntime().availableProcessors());
        if (png != null) {
            BufferedImage image = FigureFormats.image(Figure.of(scene, options, width, height, scale,
                    sampler), scale);
            OutputFiles.write(png, out -> FigureFormats.writePng(image, out));
        }
        if (svg != null || gif != null) {
            Figure figure = Figure.of(scene, options, width, height, 1, sampler);
            if (svg != null) {
                String text = FigureFormats.svg(figure);
                OutputFiles.write(svg, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            }
            if (gif != null) {
                OutputFiles.write(gif, out -> FigureFormats.writeGif(figure, new Animation(scenario.steps()), fps, true,
                        out, frames -> { }));
            }
        }
        return 0;
    }

    /** The data view at the scene's step with the figure's title, caption and key, as PNG or SVG by the name. */
    private void writeDataView(PlaneScene scene, FigureOptions options) throws BadInputException {
        DataFigure figure = new DataFigure(DataPicture.of(scene), options, scene.display().textScale(), width, height);
        if (dataView.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            String text = FigureFormats.svg(figure);
            OutputFiles.write(dataView, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } else {
            BufferedImage image = FigureFormats.image(figure, scale);
            OutputFiles.write(dataView, out -> FigureFormats.writePng(image, out));
        }
    }

    /** An option's text: null for none, the source's own for the fallback, else the text given. */
    private static String heading(String given, String own) {
        return given == null ? "" : given.equals(FROM_SOURCE) ? own : given;
    }

    /** The title of the preset or lesson page drawn, "" for a scenario file. */
    private String sourceTitle() throws BadInputException {
        if (source.preset != null) {
            return Presets.byId(source.preset).title();
        }
        return source.lesson != null ? lessonPage().title() : "";
    }

    private void checkOptions() throws BadInputException {
        if (slides) {
            if (width != DEFAULT_WIDTH || height != DEFAULT_HEIGHT) {
                throw new BadInputException("--slides sets the size: leave out --width and --height");
            }
            width = 960;
            height = 540;
            scale = 2;
        }
        if (png == null && svg == null && gif == null && csv == null && rule == null && dataView == null) {
            throw new BadInputException("nothing to make: give --out, --svg, --gif, --csv, --rule or --data-view");
        }
        if (rule != null && step < 0) {
            throw new BadInputException("--rule needs --step: the step whose update is written out");
        }
        if (!view.equalsIgnoreCase("2d") && !view.equalsIgnoreCase("3d")) {
            throw new BadInputException("Invalid value for --view: " + view + " (allowed: 2d or 3d)");
        }
        if (view.equalsIgnoreCase("3d") && (svg != null || gif != null || csv != null || dataView != null
                || png == null)) {
            throw new BadInputException("--view 3d makes a PNG only: give --out and leave out --svg, --gif, --csv and "
                    + "--data-view");
        }
        if (width < 16 || width > 8192 || height < 16 || height > 8192) {
            throw new BadInputException("Invalid figure size " + width + " x " + height
                    + " (allowed: 16 to 8192 each way)");
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new BadInputException("Invalid value for --scale: " + scale + " (allowed: 1 <= scale <= 4)");
        }
        double pixels = (double) Math.round(width * scale) * Math.round(height * scale);
        if ((png != null || dataView != null) && pixels > MAX_PIXELS) {
            throw new BadInputException(String.format(Locale.ROOT, "Invalid figure size %d x %d at scale %s: %.0f "
                    + "pixels (allowed: at most %d)", width, height, scale, pixels, MAX_PIXELS));
        }
        if (step < -1) {
            throw new BadInputException("Invalid value for --step: " + step + " (allowed: a step >= 0)");
        }
        if (!(fps >= 1 && fps <= 50)) {
            throw new BadInputException("Invalid value for --fps: " + fps + " (allowed: 1 <= fps <= 50)");
        }
    }

    /** The scenario to draw, its caption filled from its runs. */
    private Scenario scenario() throws Exception {
        if (page != null && source.lesson == null) {
            throw new BadInputException("--page goes with --lesson");
        }
        if (source.lesson != null) {
            return lessonPage().show().scenario();
        }
        if (source.preset != null) {
            try {
                return Measured.shown(Presets.byId(source.preset).scenario());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return Measured.shown(ScenarioJson.read(source.file));
    }

    private Page lessonPage() throws BadInputException {
        Lesson lesson;
        try {
            lesson = Lessons.byId(source.lesson);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        int n = page == null ? 1 : page;
        if (n < 1 || n > lesson.pages().size()) {
            throw new BadInputException("Invalid value for --page: " + n + " (allowed: 1 to " + lesson.pages().size()
                    + ", the pages of " + lesson.id() + ")");
        }
        return lesson.pages().get(n - 1);
    }

    /** The 3D view as a PNG, drawn by the UI's renderer on a display. */
    private void renderSurface(Scenario scenario, int shown) throws BadInputException {
        SurfaceRenderer renderer = SurfaceRenderer.find()
                .orElseThrow(() -> new BadInputException("--view 3d: this build has no 3D renderer"));
        String unavailable = renderer.unavailable();
        if (unavailable != null) {
            throw new BadInputException("--view 3d " + unavailable);
        }
        BufferedImage image;
        try {
            image = renderer.render(scenario, shown, width, height, scale);
        } catch (IllegalStateException e) {
            throw new BadInputException("--view 3d: " + e.getMessage());
        }
        OutputFiles.write(png, out -> FigureFormats.writePng(image, out));
    }

    /**
     * Refuses, before any work, an output that cannot be written (a folder, a special file, a
     * missing folder), that is the scenario file being read, or that two options name.
     */
    private void checkOutputs() throws BadInputException {
        OutputFiles.check(source.file, png, svg, gif, csv, rule, dataView);
    }

    /** Writes the update rule at --step: the first visible run written out, every visible run's step sizes. */
    private void writeRule(Scenario scenario) throws BadInputException {
        List<RuleSheet.Named> runs = new ArrayList<>();
        List<RunPlan> plans = scenario.plans();
        for (int i = 0; i < plans.size(); i++) {
            if (scenario.runs().get(i).visible()) {
                runs.add(new RuleSheet.Named(scenario.runs().get(i).name(), plans.get(i)));
            }
        }
        RuleSheet sheet = RuleSheet.at(runs, runs.isEmpty() ? -1 : 0, step);
        if (sheet.lines().isEmpty()) {
            throw new BadInputException("No update to write out: " + sheet.title());
        }
        BufferedImage image = TexImage.render(sheet.figureTex(), RULE_FONT_SIZE, 0xff000000, 0xffffffff);
        OutputFiles.write(rule, out -> FigureFormats.writePng(image, out));
    }
}
