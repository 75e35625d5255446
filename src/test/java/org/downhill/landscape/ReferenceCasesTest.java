package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference functions against the PyTorch reference data in {@code /reference}: the same
 * formulas and parameter names as the manifest, the same loss at every point of every
 * trajectory, and, for plain SGD, the same step (so the same gradient) at every update.
 */
class ReferenceCasesTest {
    private static final JsonNode MANIFEST = read();

    private static JsonNode read() {
        try (InputStream in = ReferenceCasesTest.class.getResourceAsStream("/reference/cases.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> functions() {
        List<Arguments> out = new ArrayList<>();
        MANIFEST.get("functions").fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(),
                e.getValue().get("formula").asText())));
        return out.stream();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        MANIFEST.get("cases").forEach(c -> out.add(Arguments.of(c.get("id").asText(), c)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void formulasAreTheManifests(String id, String formula) {
        String plain = Landscapes.byId(id).create().formula().plain();
        String expected = formula.contains("i.e. ") ? formula.substring(formula.indexOf("i.e. ") + 5) : formula;
        assertEquals(expected, plain);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lossesAndStepsMatchPyTorch(String id, JsonNode c) throws IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        c.get("function").get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        Landscape f = Landscapes.byId(c.get("function").get("name").asText()).create(params);
        List<double[]> rows = rows(c.get("csv").asText());
        assertEquals(c.get("rows").asInt(), rows.size());
        JsonNode hyper = c.get("optimizer").get("hyperparameters");
        boolean plainSgd = c.get("optimizer").get("name").asText().equals("SGD")
                && hyper.get("momentum").asDouble() == 0 && hyper.get("weight_decay").asDouble() == 0;
        double[] g = new double[2];
        for (int k = 0; k < rows.size(); k++) {
            double[] r = rows.get(k);
            double x = r[1];
            double y = r[2];
            double loss = r[3];
            double value = f.value(x, y);
            if (Double.isFinite(loss)) {
                assertTrue(Math.abs(value - loss) <= 1e-13 * Math.max(1, Math.abs(loss)),
                        id + " row " + k + ": f = " + value + ", PyTorch " + loss);
            }
            if (plainSgd && k + 1 < rows.size() && Double.isFinite(rows.get(k + 1)[1])) {
                f.gradient(x, y, g);
                double lr = r[4];
                double[] next = rows.get(k + 1);
                assertTrue(Math.abs(Math.fma(-lr, g[0], x) - next[1]) <= 1e-14 * Math.max(1, Math.abs(next[1]))
                        && Math.abs(Math.fma(-lr, g[1], y) - next[2]) <= 1e-14 * Math.max(1, Math.abs(next[2])),
                        id + " step " + k + ": gradient " + g[0] + ", " + g[1]);
            }
        }
    }

    /** The data rows of a trajectory: step, x, y, loss, lr. */
    private static List<double[]> rows(String csv) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ReferenceCasesTest.class.getResourceAsStream("/reference/" + csv), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(",");
                double[] row = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = org.downhill.param.NumberText.parse(parts[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
