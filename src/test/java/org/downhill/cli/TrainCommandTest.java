package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downhill.data.ModelLandscape;
import org.downhill.data.ScalingEffect;
import org.downhill.scenario.TrainingCase;
import org.downhill.sim.ReferenceCsv;
import org.downhill.testing.ReferenceData;
import org.downhill.testing.TrainingReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @Test
    void reproducesEveryTrainingReferenceCase() {
        for (TrainingCase c : TrainingReference.cases()) {
            CliRun r = CliRun.of("train", "--case", TrainingReference.manifest().toString(), "--id", c.id());
            assertEquals(0, r.code(), r.err());
            assertNull(TrainingReference.difference(c, r.out()), c.id());
        }
    }

    @Test
    void plainOptionsTrainAShippedSetInShuffledBatches(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run.csv");
        CliRun r = CliRun.of("train", "--data", "line", "--model", "linear", "--batch", "16", "--epochs", "3",
                "--shuffle", "--seed", "4", "--standardize", "--hp", "lr=0.1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("step,epoch,batch,p1,p2,batch_loss,full_loss,lr", lines.get(0));
        assertEquals(3 * 4 + 1 + 1, lines.size());
        double[][] rows = ReferenceData.parse(String.join("\n", lines));
        assertEquals(2, rows[9][1], 0);
        assertEquals(1, rows[9][2], 0);
        assertTrue(rows[12][6] < rows[0][6], "the full-data loss falls");
        CliRun again = CliRun.of("train", "--data", "line", "--batch", "16", "--epochs", "3", "--shuffle",
                "--seed", "4", "--standardize", "--hp", "lr=0.1");
        assertEquals(String.join("\n", lines) + "\n", again.out());
    }

    @Test
    void readsAUsersCsvByColumnName(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("mine.csv"), "id,temp,sales\n1,20,3.1\n2,25,4.0\n3,30,4.9\n4,15,2.2\n");
        CliRun r = CliRun.of("train", "--data", csv.toString(), "--columns", "temp,sales", "--epochs", "2",
                "--batch", "2", "--hp", "lr=0.001");
        assertEquals(0, r.code(), r.err());
        assertEquals(2 * 2 + 2, r.out().lines().count());
    }

    @Test
    void summaryPrintsTheOptimumAndTheConditioningBeforeAndAfterScaling() {
        CliRun r = CliRun.of("train", "--data", "ravine", "--summary");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("global min: w = "), r.out());
        ScalingEffect effect = ScalingEffect.of(DataOptionsFixture.ravine());
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "condition number %.6g",
                effect.raw().condition())), r.out());
        assertTrue(r.out().contains("standardized features: L = 2.00000, mu = 2.00000, condition number 1.00000"),
                r.out());
    }

    @Test
    void lrVsBatchPrintsOneRowPerBatchSize() {
        CliRun r = CliRun.of("lr-vs-batch", "--data", "line", "--standardize", "--epochs", "5", "--batches", "4,all");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("batch,steps,largest_lr,final_loss,first_failing_lr", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("all,5,"), lines.get(2));
        double full = ReferenceCsv.parse(lines.get(2).split(",")[2]);
        assertTrue(full > 0 && full < 1, "full batch stays below 2/L = 1 of the standardized line: " + full);
    }

    @Test
    void listsTheDataSets() {
        CliRun r = CliRun.of("list", "data");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("faithful") && r.out().contains("two_blobs"), r.out());
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.csv"), "x,y\n1,2\n3,abc\n");
        Path wide = Files.writeString(dir.resolve("wide.csv"), "a,b,c\n1,2,3\n");
        String[][] bad = {
                {"train", "--data", "nope"},
                {"train", "--data", broken.toString()},
                {"train", "--data", wide.toString()},
                {"train", "--data", wide.toString(), "--columns", "a,z"},
                {"train", "--model", "svm"},
                {"train", "--batch", "0"},
                {"train", "--batch", "many"},
                {"train", "--epochs", "-1"},
                {"train", "--data", "two_blobs", "--model", "linear"},
                {"train", "--case", TrainingReference.manifest().toString()},
                {"train", "--case", TrainingReference.manifest().toString(), "--id", "nope"},
                {"lr-vs-batch", "--batches", "1,x"},
        };
        for (String[] args : bad) {
            CliRun.assertBadInput(args);
        }
        CliRun r = CliRun.of("train", "--data", broken.toString());
        assertTrue(r.err().contains("line 3, column 2 (y)"), r.err());
    }

    /** The ravine set's linear model, as the command builds it. */
    private static final class DataOptionsFixture {
        static ModelLandscape ravine() {
            DataOptions o = new DataOptions();
            o.data = "ravine";
            try {
                return o.landscape();
            } catch (org.downhill.scenario.FileFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
