package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.downhill.export.TrajectoryCsv;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Lessons;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code downhill render} on every preset, without JavaFX or a display, and its refusals. */
class RenderCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Result(code, err.toString());
    }

    @Test
    void everyPresetRendersAsPngSvgAndCsv() throws Exception {
        for (Preset preset : Presets.all()) {
            Path png = dir.resolve(preset.id() + ".png");
            Path svg = dir.resolve(preset.id() + ".svg");
            Path csv = dir.resolve(preset.id() + ".csv");
            Result r = run("render", "--preset", preset.id(), "--out", png.toString(), "--svg", svg.toString(),
                    "--csv", csv.toString(), "--width", "400", "--height", "300", "--scale", "2");
            assertEquals(0, r.code(), preset.id() + ": " + r.err());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(800, image.getWidth(), preset.id());
            assertEquals(600, image.getHeight(), preset.id());
            assertTrue(distinctColours(image) > 50, preset.id() + " is not blank");
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            String text = Files.readString(svg);
            long visible = preset.scenario().runs().stream().filter(run -> run.visible()).count();
            assertEquals(visible, count(text, "class=\"run-path\""), preset.id() + ": one path per visible run");
            assertEquals(TrajectoryCsv.RUNS_HEADER, Files.readAllLines(csv).get(0));
        }
    }

    @Test
    void everyPageOfEveryLessonRendersWithItsCaptionFilled() throws Exception {
        for (Lesson lesson : Lessons.all()) {
            for (int page = 1; page <= lesson.pages().size(); page++) {
                Path png = dir.resolve(lesson.id() + "-" + page + ".png");
                Path csv = dir.resolve(lesson.id() + "-" + page + ".csv");
                Result r = run("render", "--lesson", lesson.id(), "--page", String.valueOf(page), "--out",
                        png.toString(), "--csv", csv.toString(), "--width", "300", "--height", "200", "--scale", "1");
                assertEquals(0, r.code(), lesson.id() + " " + page + ": " + r.err());
                assertTrue(distinctColours(ImageIO.read(png.toFile())) > 50, lesson.id() + " " + page);
                long runs = lesson.pages().get(page - 1).scenario().runs().stream().filter(x -> x.visible()).count();
                assertEquals(runs, Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[0]).distinct().count());
            }
        }
    }

    @Test
    void aGifOfAPresetHasAFramePerStep() throws Exception {
        Path gif = dir.resolve("run.gif");
        Result r = run("render", "--preset", "lr-far-too-large", "--gif", gif.toString(), "--width", "200",
                "--height", "150", "--fps", "20");
        assertEquals(0, r.code(), r.err());
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int steps = Presets.byId("lr-far-too-large").scenario().steps();
            assertEquals(steps + 1, reader.getNumImages(true));
        }
    }

    @Test
    void aGifsLastFramePausesAndLaterFramesHoldOnlyWhatChanged() throws Exception {
        Path gif = dir.resolve("pause.gif");
        Result r = run("render", "--preset", "lr-far-too-large", "--gif", gif.toString(), "--width", "300",
                "--height", "200", "--fps", "20");
        assertEquals(0, r.code(), r.err());
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            String format = "javax_imageio_gif_image_1.0";
            var last = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(n - 1).getAsTree(format);
            var first = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(1).getAsTree(format);
            assertEquals(String.valueOf(org.downhill.figure.FigureFormats.END_PAUSE), ((org.w3c.dom.Element)
                    last.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"));
            assertEquals("5", ((org.w3c.dom.Element) first.getElementsByTagName("GraphicControlExtension").item(0))
                    .getAttribute("delayTime"));
            var box = (org.w3c.dom.Element) first.getElementsByTagName("ImageDescriptor").item(0);
            assertTrue(Integer.parseInt(box.getAttribute("imageWidth")) * Integer.parseInt(box.getAttribute("imageHeight"))
                    < 300 * 200, "the second frame holds only the changed rectangle");
        }
    }

    @Test
    void slidesAreSixteenByNineAtFullHdWithThePresetsTitle() throws Exception {
        Path png = dir.resolve("slide.png");
        Path svg = dir.resolve("slide.svg");
        Result r = run("render", "--preset", "momentum-local-minimum", "--slides", "--title", "--caption", "--out",
                png.toString(), "--svg", svg.toString(), "--fixed-colors");
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        String text = Files.readString(svg);
        String title = Presets.byId("momentum-local-minimum").title();
        assertTrue(text.contains(">" + title.replace("&", "&amp;") + "<"), "the preset's title");
        assertTrue(text.contains("class=\"heading\""));
        Path titled = dir.resolve("titled.svg");
        assertEquals(0, run("render", "--preset", "lr-too-large", "--title", "My slide", "--svg",
                titled.toString()).code());
        assertTrue(Files.readString(titled).contains(">My slide<"));
        refused("render", "--preset", "lr-too-large", "--slides", "--width", "500", "--out",
                dir.resolve("x.png").toString());
    }

    private static void assertRefused(Result r, String... args) {
        assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("downhill render: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    private Result refused(String... args) {
        Result r = run(args);
        assertRefused(r, args);
        return r;
    }

    @Test
    void theUpdateRuleAtAStepIsAPngOnWhite() throws Exception {
        Path rule = dir.resolve("rule.png");
        Result r = run("render", "--preset", "adaptive-per-coordinate", "--step", "5", "--rule", rule.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(rule.toFile());
        assertTrue(image.getWidth() > 400 && image.getHeight() > 200, image.getWidth() + " x " + image.getHeight());
        assertEquals(0xffffffff, image.getRGB(0, 0), "on white");
        assertTrue(distinctColours(image) > 5, "not blank");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"downhill-scenario\", \"version\": 1, \"runs\": [");
        String png = dir.resolve("x.png").toString();
        String[][] cases = {
            {"render", "--preset", "no-such-preset", "--out", png},
            {"render", broken.toString(), "--out", png},
            {"render", "--preset", "lr-too-small"},
            {"render", "--preset", "lr-too-small", "--out", png, "--scale", "9"},
            {"render", "--preset", "lr-too-small", "--out", png, "--view", "4d"},
            {"render", "--preset", "lr-too-small", "--out", png, "--step", "-2"},
            {"render", "--preset", "lr-too-small", "--out", png, "--width", "8000", "--height", "8000", "--scale", "4"},
            {"render", "--lesson", "no-such-lesson", "--out", png},
            {"render", "--lesson", "learning-rate", "--page", "99", "--out", png},
            {"render", "--lesson", "learning-rate", "--page", "0", "--out", png},
            {"render", "--preset", "lr-too-small", "--page", "2", "--out", png},
            {"render", "--preset", "lr-too-small", "--lesson", "learning-rate", "--out", png},
            {"render", "--preset", "lr-too-small", "--rule", png},
            {"render", "--preset", "lr-too-small", "--rule", png, "--step", "100000"},
        };
        for (String[] args : cases) {
            refused(args);
        }
        assertFalse(Files.exists(Path.of(png)), "nothing written");
    }

    @Test
    void aStepBeyondTheRunsIsRefusedNotClamped() {
        int steps = Presets.byId("lr-too-small").scenario().steps();
        Path png = dir.resolve("x.png");
        Result r = refused("render", "--preset", "lr-too-small", "--out", png.toString(), "--step",
                Integer.toString(steps + 1));
        assertTrue(r.err().contains("0 to " + steps), r.err());
        assertFalse(Files.exists(png));
        assertEquals(0, run("render", "--preset", "lr-too-small", "--out", png.toString(), "--step",
                Integer.toString(steps), "--width", "200", "--height", "150").code());
    }

    @Test
    void anEmptyFolderNamedAsTheFigureIsKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        Result r = refused("render", "--preset", "lr-too-small", "--out", folder.toString());
        assertTrue(r.err().contains(folder + ": it is a folder, not a file"), r.err());
        assertTrue(Files.isDirectory(folder), "the folder is still there");
    }

    @Test
    void aFolderWithFilesNamedAsAnyOutputIsKeptWithItsFiles() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path inside = Files.writeString(folder.resolve("notes.txt"), "keep me");
        for (String option : new String[] {"--out", "--svg", "--gif", "--csv"}) {
            refused("render", "--preset", "lr-too-small", option, folder.toString());
        }
        assertEquals("keep me", Files.readString(inside));
    }

    @Test
    void theScenarioBeingReadAndAFileNamedTwiceAreRefused() throws Exception {
        Path scenario = dir.resolve("scene.json");
        org.downhill.scenario.ScenarioJson.write(Presets.byId("lr-too-small").scenario(), scenario);
        String saved = Files.readString(scenario);
        Result r = refused("render", scenario.toString(), "--out", scenario.toString());
        assertTrue(r.err().endsWith("it is the scenario being read" + System.lineSeparator()), r.err());
        assertEquals(saved, Files.readString(scenario));
        Path twice = dir.resolve("twice.png");
        r = refused("render", "--preset", "lr-too-small", "--out", twice.toString(), "--svg",
                dir.resolve(".").resolve("twice.png").toString());
        assertTrue(r.err().contains("another output goes there too"), r.err());
        assertFalse(Files.exists(twice));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path png = dir.resolve("no-such-folder").resolve("x.png");
        Result r = refused("render", "--preset", "lr-too-small", "--out", png.toString());
        assertTrue(r.err().contains("the folder " + png.getParent() + " does not exist"), r.err());
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedAndTheOthersAreCheckedFirst() throws Exception {
        Path png = dir.resolve("x.png");
        Path proc = Path.of("/proc/version");
        if (Files.isRegularFile(proc)) {
            String before = Files.readString(proc);
            Result r = refused("render", "--preset", "lr-too-small", "--csv", proc.toString());
            assertTrue(r.err().contains("cannot write /proc/version"), r.err());
            assertEquals(before, Files.readString(proc));
        }
        Path folder = Files.createDirectory(dir.resolve("folder.svg"));
        refused("render", "--preset", "lr-too-small", "--out", png.toString(), "--svg", folder.toString());
        assertFalse(Files.exists(png), "the PNG is not made when another output is refused");
    }

    @Test
    void aFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Path png = Files.writeString(dir.resolve("x.png"), "an old figure");
        Result r = run("render", "--preset", "lr-too-small", "--out", png.toString(), "--width", "200",
                "--height", "150", "--scale", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals(200, ImageIO.read(png.toFile()).getWidth());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList());
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theDataViewOfAPresetOnDataIsAPngOrAnSvgAtTheStepAndAFormulaHasNone() throws Exception {
        Path png = dir.resolve("data.png");
        Path svg = dir.resolve("data.svg");
        Result r = run("render", "--preset", "batch-size-lr", "--step", "10", "--data-view", png.toString(),
                "--width", "500", "--height", "360", "--scale", "2", "--title");
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(720, image.getHeight());
        assertTrue(distinctColours(image) > 50, "not blank");
        r = run("render", "--preset", "batch-size-lr", "--step", "10", "--data-view", svg.toString());
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        String text = Files.readString(svg);
        assertEquals(3, count(text, "class=\"run-model\""), "each of the three runs' lines");
        assertEquals(1, count(text, "class=\"optimum-model\""));
        assertEquals(1, count(text, "class=\"legend\""));
        for (String name : new String[] {"Batch 1", "Batch 16", "All rows", "exact optimum", "next batch"}) {
            assertTrue(text.contains(">" + name + "<"), "the key names " + name);
        }
        Path none = dir.resolve("none.png");
        Result formula = refused("render", "--preset", "lr-too-small", "--data-view", none.toString());
        assertTrue(formula.err().contains("--data-view") && formula.err().contains("not a model on data"),
                formula.err());
        assertFalse(Files.exists(none));
    }
}
