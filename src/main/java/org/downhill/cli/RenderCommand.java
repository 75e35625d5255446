package org.downhill.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.downhill.export.TrajectoryCsv;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Lessons;
import org.downhill.lesson.Page;
import org.downhill.render.TexImage;
import org.downhill.rule.RuleSheet;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.downhill.ui.export.HeadlessRender;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code downhill render}: the figures of a scenario without a window: the 2D view as PNG and SVG,
 * the runs as an animated GIF, the trajectories as CSV, or the 3D view as PNG (which needs a
 * display), and the update rule at a step as PNG. The scenario comes from a file, a preset or a lesson's page; its caption is filled
 * from its runs ({@link Measured}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Make the figures of a scenario file, a preset or a lesson's page without opening a window.")
final class RenderCommand implements Callable<Integer> {
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

    @Option(names = "--width", paramLabel = "W", defaultValue = "900", description = "figure width (default 900)")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "640", description = "figure height (default 640)")
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

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Scenario scenario = scenario();
        boolean threeD = view.equalsIgnoreCase("3d");
        if (threeD && !HeadlessRender.hasDisplay()) {
            throw new BadInputException("--view 3d needs a display (3D cannot run headless); set DISPLAY, "
                    + "e.g. run under xvfb-run");
        }
        if (csv != null) {
            writeCsv(scenario);
        }
        if (rule != null) {
            writeRule(scenario);
        }
        if (png != null || svg != null || gif != null) {
            try {
                HeadlessRender.render(scenario, new HeadlessRender.Request(width, height, scale, png, svg, gif, fps,
                        threeD, step));
            } catch (IOException e) {
                throw new BadInputException("Cannot write the figure: " + e.getMessage());
            } catch (IllegalStateException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return 0;
    }

    private void checkOptions() throws BadInputException {
        if (png == null && svg == null && gif == null && csv == null && rule == null) {
            throw new BadInputException("nothing to make: give --out, --svg, --gif, --csv or --rule");
        }
        if (rule != null && step < 0) {
            throw new BadInputException("--rule needs --step: the step whose update is written out");
        }
        if (!view.equalsIgnoreCase("2d") && !view.equalsIgnoreCase("3d")) {
            throw new BadInputException("Invalid value for --view: " + view + " (allowed: 2d or 3d)");
        }
        if (view.equalsIgnoreCase("3d") && (svg != null || gif != null || png == null)) {
            throw new BadInputException("--view 3d makes a PNG only: give --out and leave out --svg and --gif");
        }
        if (width < 16 || width > 8192 || height < 16 || height > 8192) {
            throw new BadInputException("Invalid figure size " + width + " x " + height
                    + " (allowed: 16 to 8192 each way)");
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new BadInputException("Invalid value for --scale: " + scale + " (allowed: 1 <= scale <= 4)");
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
        try {
            if (!ImageIO.write(TexImage.render(sheet.figureTex(), RULE_FONT_SIZE, 0xff000000, 0xffffffff), "png",
                    rule.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new BadInputException("Cannot write " + rule + ": " + e.getMessage());
        }
    }

    private void writeCsv(Scenario scenario) throws BadInputException {
        List<TrajectoryCsv.Named> runs = new ArrayList<>();
        List<RunPlan> plans = scenario.plans();
        for (int i = 0; i < plans.size(); i++) {
            if (scenario.runs().get(i).visible()) {
                runs.add(new TrajectoryCsv.Named(scenario.runs().get(i).name(), Simulator.run(plans.get(i))));
            }
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            TrajectoryCsv.write(runs, out);
        } catch (IOException e) {
            throw new BadInputException("Cannot write " + csv + ": " + e.getMessage());
        }
    }
}
