package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.param.ChoiceParam;
import org.downhill.param.FlagParam;
import org.downhill.param.IntListParam;
import org.downhill.param.IntParam;
import org.downhill.param.Param;
import org.downhill.param.ParamSchema;
import org.downhill.param.RealParam;
import org.downhill.param.RealTupleParam;
import org.downhill.scenario.DataCsv;
import org.downhill.scenario.DataSets;
import org.downhill.schedule.ScheduleKind;
import org.downhill.testing.JsonMutator;
import org.downhill.testing.RangeTestData;
import org.downhill.testing.ReferenceData;
import org.downhill.testing.TrainingReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line ({@code trajectory}, {@code diagnose}, {@code train},
 * {@code lr-vs-batch}, {@code range-test}, {@code scan}, {@code map}, {@code list}; not
 * {@code render}) with generated argument vectors: every
 * landscape, optimizer and schedule with parameter values at, inside and beyond the ends of their
 * ranges, malformed numbers, missing and unknown options, data sets and data files, and case
 * files (valid and mutated). Each vector either succeeds (exit code 0, output unless it
 * went to {@code --out}, nothing on standard error) or is refused with exit code 2 and one line on standard error that names
 * its place (an option, a parameter, a value or a file of the vector); never exit code 1, a stack
 * trace or a second line.
 */
class CliFuzzTest {
    private static final int VECTORS = 600;
    private static final String[] WEIRD = {"", " ", "abc", "nan", "inf", "-inf", "1e400", "-1e400", "1e-320", "-0",
        "0x10", "1e", "2147483648", "9223372036854775808", "1,2", "[1,2]", "(0.9, 0.999)", "none", "true",
        "\u0663", "x".repeat(5000), "--steps", "=", "1=2"};

    private final Random random = new Random(20240513L);

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void argumentVectorsSucceedOrGiveOneLineNamingThePlace(@TempDir Path dir) throws Exception {
        List<Path> cases = caseFiles(dir);
        List<Path> trainingCases = trainingCaseFiles(dir);
        List<String> data = dataChoices(dir);
        int ok = 0;
        for (int i = 0; i < VECTORS; i++) {
            int command = random.nextInt(40);
            List<String> args = command < 6 ? trainVector(trainingCases, data, dir)
                    : command == 6 ? lrVsBatchVector(data)
                    : command < 10 ? sweepVector() : vector(cases, dir);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            int code = run.code();
            String out = run.out();
            String err = run.err();
            String shown = String.join(" ", args.stream().map(a -> a.length() > 40 ? a.substring(0, 40) + "..." : a)
                    .toList());
            if (code == 0) {
                ok++;
                assertTrue(!out.isEmpty() || args.contains("--out"), shown);
                assertEquals("", err, shown);
                continue;
            }
            assertEquals(2, code, shown + " -> " + err);
            assertEquals(1, err.lines().count(), shown + " -> " + err);
            String line = err.strip();
            assertTrue(line.startsWith("downhill"), line);
            assertFalse(line.contains("Exception") || line.contains("\tat "), shown + " -> " + line);
            assertNamesItsPlace(line, args, shown);
        }
        assertTrue(ok > VECTORS / 10 && ok < VECTORS * 9 / 10, "the vectors reach both outcomes: " + ok + " ran");
    }

    /**
     * The refusal mentions, as a whole word, an option, a parameter, a value or a file of the
     * vector, or (picocli's own messages) the index of the argument.
     */
    private static void assertNamesItsPlace(String line, List<String> args, String shown) {
        String message = line.substring(line.indexOf(": ") + 2);
        if (message.matches(".*\\bat index \\d+\\b.*")) {
            return;
        }
        Set<String> places = new LinkedHashSet<>();
        for (String arg : args) {
            String a = arg.startsWith("--") ? arg.substring(2) : arg;
            int eq = a.indexOf('=');
            if (eq > 0) {
                places.add(a.substring(0, eq));
                a = a.substring(eq + 1);
            }
            places.add(a.length() > 39 ? a.substring(0, 39) : a);
            if (a.contains("/")) {
                places.add(Path.of(a).getFileName() == null ? a : Path.of(a).getFileName().toString());
            }
        }
        for (String place : places) {
            if (!place.isBlank() && Pattern.compile("(?<![\\w])" + Pattern.quote(place) + "(?![\\w])",
                    Pattern.CASE_INSENSITIVE).matcher(message).find()) {
                return;
            }
        }
        fail("names no place of the input: " + shown + " -> " + line);
    }

    private List<String> vector(List<Path> cases, Path dir) {
        List<String> args = new ArrayList<>();
        int command = random.nextInt(16);
        if (command == 0) {
            args.add("list");
            if (random.nextBoolean()) {
                args.add(pick("landscapes", "optimizers", "schedules", "presets", "all", "everything", ""));
            }
            return args;
        }
        args.add(command % 2 == 0 ? "trajectory" : "diagnose");
        if (random.nextInt(5) == 0) {
            args.add("--case");
            args.add(cases.get(random.nextInt(cases.size())).toString());
            if (random.nextBoolean()) {
                args.addAll(List.of("--id", pick("p001_quadratic_sgd_constant", "nope", "")));
            }
        } else {
            plainRun(args);
        }
        if (args.get(0).equals("trajectory") && random.nextInt(20) == 0) {
            args.add("--out");
            args.add(pick(dir.resolve("out.csv").toString(), dir.resolve("no/such/out.csv").toString(), dir.toString()));
        }
        if (random.nextInt(8) == 0) {
            damage(args);
        }
        return args;
    }

    private void plainRun(List<String> args) {
        LandscapeFamily family = Landscapes.all().get(random.nextInt(Landscapes.all().size()));
        OptimizerKind optimizer = OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)];
        ScheduleKind schedule = ScheduleKind.values()[random.nextInt(ScheduleKind.values().length)];
        args.addAll(List.of("--function", family.id(), "--optimizer", optimizer.torchName()));
        parameters(args, "--param", family.schema());
        parameters(args, "--hp", optimizer.schema());
        if (random.nextBoolean()) {
            args.addAll(List.of("--schedule", schedule.torchName()));
            parameters(args, "--sp", schedule.schema());
        }
        args.addAll(List.of("--steps", random.nextInt(4) > 0 ? pick("1", "10", "60", "200")
                : pick("0", "-1", "x", "20001", "1e3", random.nextInt(10) == 0 ? "20000" : "30")));
        if (random.nextInt(4) == 0) {
            args.addAll(List.of("--start", pick("1,1", "-1.5,2", "1e300,0", "nan,0", "1", "a,b", "0,0,0")));
        }
        if (random.nextInt(4) == 0) {
            args.addAll(List.of("--warmup", pick("5", "5,0.5", "2147483647", "-1", "5,0", "5,2", "a", "1,2,3")));
        }
        if (random.nextInt(3) == 0) {
            args.addAll(List.of("--noise", pick("0", "0.5", "-1", "inf", "1e300"), "--batch",
                    pick("1", "8", "0", "100001", "2.5"), "--seed", pick("0", "1099511627776",
                            "9223372036854775807", "9223372036854775808", "-5", "1.5")));
        }
    }

    private List<String> trainVector(List<Path> cases, List<String> data, Path dir) {
        List<String> args = new ArrayList<>(List.of("train"));
        if (random.nextInt(5) == 0) {
            args.addAll(List.of("--case", cases.get(random.nextInt(cases.size())).toString()));
            if (random.nextBoolean()) {
                args.addAll(List.of("--id", pick("d01_linear_line24_b24_sgd", "nope")));
            }
        } else {
            dataOptions(args, data);
            args.addAll(List.of("--batch", random.nextInt(3) > 0 ? pick("all", "1", "8")
                    : pick("0", "x", "100000", "-3", "1e2")));
            args.addAll(List.of("--epochs", random.nextInt(3) > 0 ? pick("1", "3") : pick("0", "-1", "100000", "x")));
            OptimizerKind optimizer = OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)];
            args.addAll(List.of("--optimizer", optimizer.torchName()));
            parameters(args, "--hp", optimizer.schema());
            if (random.nextInt(4) == 0) {
                args.addAll(List.of("--start", pick("0,0", "1,-1", "nan,0", "1", "1e300,1e300")));
            }
            if (random.nextInt(8) == 0) {
                args.add("--summary");
            }
            if (random.nextInt(20) == 0) {
                args.addAll(List.of("--out", pick(dir.resolve("train.csv").toString(), dir.toString())));
            }
        }
        if (random.nextInt(8) == 0) {
            damage(args);
        }
        return args;
    }

    private List<String> lrVsBatchVector(List<String> data) {
        List<String> args = new ArrayList<>(List.of("lr-vs-batch"));
        dataOptions(args, data);
        args.addAll(List.of("--epochs", pick("1", "2", "0"), "--batches", pick("4,all", "8", "0", "x,1", ""),
                "--repeats", pick("1", "2", "0")));
        if (random.nextBoolean()) {
            args.addAll(List.of("--target", pick("0.5", "1e300", "nan", "-1")));
        }
        return args;
    }

    /** {@code range-test}, {@code scan} or {@code map} on a plain run, small enough to be quick. */
    private List<String> sweepVector() {
        List<String> args = new ArrayList<>();
        switch (random.nextInt(3)) {
            case 0 -> {
                args.add("range-test");
                if (random.nextInt(6) == 0) {
                    args.addAll(List.of("--case", RangeTestData.manifest().toString(), "--id",
                            pick("r01_quadratic_sgd_exp", "nope")));
                    return args;
                }
                plainRun(args);
                args.addAll(List.of("--iterations", pick("20", "50", "0", "20002", "x")));
                if (random.nextBoolean()) {
                    args.addAll(List.of("--mode", pick("exp", "linear", "stepwise", "log")));
                }
                if (random.nextInt(3) == 0) {
                    args.addAll(List.of(pick("--start-lr", "--end-lr", "--factor", "--steps-per-lr", "--smooth",
                            "--diverge"), pick("1e-4", "10", "0", "-1", "1", "0.5", "nan", "3")));
                }
                if (random.nextBoolean()) {
                    args.add(pick("--suggest", "--above-lowest"));
                }
            }
            case 1 -> {
                args.add("scan");
                plainRun(args);
                args.addAll(List.of("--points", pick("5", "12", "0", "100001", "x")));
                if (random.nextBoolean()) {
                    args.addAll(List.of("--lr-min", pick("1e-4", "0", "-1", "1e300"), "--lr-max", pick("1", "1e-5")));
                }
            }
            default -> {
                args.add("map");
                plainRun(args);
                args.addAll(List.of("--points", pick("3", "4", "0"), "--momentum-points", pick("3", "2", "0",
                        "100000"), "--momentum-min", pick("0", "0.5", "2"), "--momentum-max", pick("0.9", "0.1")));
            }
        }
        if (random.nextInt(8) == 0) {
            damage(args);
        }
        return args;
    }

    /** {@code --data} (a shipped set, a file, a damaged file, nothing there) and maybe the model and columns. */
    private void dataOptions(List<String> args, List<String> data) {
        args.addAll(List.of("--data", data.get(random.nextInt(data.size()))));
        if (random.nextInt(4) == 0) {
            args.addAll(List.of("--model", pick("linear", "logistic", "neuron", "quadratic")));
        }
        if (random.nextInt(5) == 0) {
            args.addAll(List.of("--columns", pick("x,y", "a,b", "eruptions,waiting", "x1,x2,label", "")));
        }
        if (random.nextInt(3) == 0) {
            args.add(pick("--standardize", "--shuffle"));
        }
        if (random.nextInt(6) == 0) {
            args.addAll(List.of("--seed", pick("3", "x", "99999999999999999999")));
        }
    }

    /** Up to three parameters of a schema, each at a value chosen to probe its descriptor. */
    private void parameters(List<String> args, String option, ParamSchema schema) {
        for (int n = random.nextInt(4); n > 0; n--) {
            if (schema.params().isEmpty() || random.nextInt(12) == 0) {
                args.addAll(List.of(option, pick("bogus", "LR", "a") + "=" + value(null)));
                continue;
            }
            Param p = schema.params().get(random.nextInt(schema.params().size()));
            args.addAll(List.of(option, p.name() + "=" + value(p)));
        }
    }

    /** Half the time a value the descriptor allows, else one at or beyond its limits, or malformed. */
    private String value(Param p) {
        if (p == null || random.nextInt(10) == 0) {
            return pick(WEIRD);
        }
        if (random.nextBoolean()) {
            return p.format(p.defaultValue() == null ? 1 : p.defaultValue());
        }
        if (p instanceof RealParam r) {
            return pick(num(r.defaultValue()), num(r.sliderMin()), num(r.sliderMax()), num(r.range().min()),
                    num(r.range().max()), num(r.range().min() - 1), num(r.range().max() + 1),
                    num(r.sliderMin() + random.nextDouble() * (r.sliderMax() - r.sliderMin())));
        }
        if (p instanceof IntParam i) {
            return pick(String.valueOf(i.defaultValue()), String.valueOf(i.min()), String.valueOf(i.max()),
                    String.valueOf((long) i.min() - 1), String.valueOf((long) i.max() + 1), "none", "3");
        }
        if (p instanceof FlagParam) {
            return pick("true", "false", "yes");
        }
        if (p instanceof ChoiceParam c) {
            return random.nextBoolean() ? c.choices().get(random.nextInt(c.choices().size())) : "other";
        }
        if (p instanceof RealTupleParam t) {
            return pick(p.format(t.defaultValue()), "0.5", "0.9,0.999,0.1", "0.9,1", "-1,0.5");
        }
        if (p instanceof IntListParam) {
            return pick("10,20", "", "20,10", "-1", "1.5");
        }
        return pick(WEIRD);
    }

    /** A missing value, an unknown option, a repeated option or a value swapped for a malformed one. */
    private void damage(List<String> args) {
        switch (random.nextInt(4)) {
            case 0 -> args.remove(args.size() - 1);
            case 1 -> args.add(1 + random.nextInt(args.size()), pick("--bogus", "-x", "--Steps", "extra"));
            case 2 -> args.addAll(List.of("--optimizer", pick("Adam", "adam", "Lion", "")));
            default -> {
                int at = 1 + random.nextInt(args.size() - 1);
                if (!args.get(at).startsWith("--")) {
                    args.set(at, pick(WEIRD));
                }
            }
        }
    }

    /** Case files: a valid single case, the manifest, and mutated ones. */
    private List<Path> caseFiles(Path dir) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(ReferenceData.manifest()));
        List<Path> files = new ArrayList<>(List.of(ReferenceData.manifest(),
                Files.writeString(dir.resolve("one.json"), manifest.get("cases").get(3).toString())));
        JsonMutator mutator = new JsonMutator(random.nextLong());
        for (int i = 0; i < 20; i++) {
            JsonNode c = manifest.get("cases").get(mutator.random().nextInt(manifest.get("cases").size()));
            files.add(Files.writeString(dir.resolve("case-" + i + ".json"), mutator.mutate(c)));
        }
        files.add(dir.resolve("missing.json"));
        return files;
    }

    /** Training case files: the manifest, and mutated cases with their rows inline. */
    private List<Path> trainingCaseFiles(Path dir) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(TrainingReference.manifest()));
        List<Path> files = new ArrayList<>(List.of(TrainingReference.manifest()));
        JsonMutator mutator = new JsonMutator(random.nextLong());
        for (int i = 0; i < 12; i++) {
            ObjectNode c = manifest.get("cases").get(mutator.random().nextInt(manifest.get("cases").size())).deepCopy();
            JsonNode rows = manifest.get("datasets").get(c.get("data").asText());
            if (rows != null) {
                c.set("data", rows);
            }
            files.add(Files.writeString(dir.resolve("training-" + i + ".json"), i < 3 ? c.toString() : mutator.mutate(c)));
        }
        return files;
    }

    /** What {@code --data} names: shipped sets, a CSV file, damaged CSV files, nothing. */
    private List<String> dataChoices(Path dir) throws Exception {
        List<String> choices = new ArrayList<>();
        DataSets.all().forEach(e -> choices.add(e.data().name()));
        String line = DataCsv.write(DataSets.byName("line").data().table());
        choices.add(Files.writeString(dir.resolve("line.csv"), line).toString());
        JsonMutator mutator = new JsonMutator(random.nextLong());
        for (int i = 0; i < 4; i++) {
            choices.add(Files.writeString(dir.resolve("damaged-" + i + ".csv"), mutator.damage(line)).toString());
        }
        choices.addAll(List.of("nope", dir.resolve("none.csv").toString(), "", "bad\u0000name"));
        return choices;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}
