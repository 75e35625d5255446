package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downhill.data.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCsvTest {

    @Test
    void readsQuotedNamesCrlfABomAndBlankLines() throws FileFormatException {
        DataTable t = DataCsv.parse("\uFEFF\"eruptions\", \"wait \"\"min\"\"\"\r\n3.6,79\r\n\r\n 1.8 , -5.4e1\r\n", "f.csv");
        assertEquals(List.of("eruptions", "wait \"min\""), t.names());
        assertEquals(2, t.rows());
        assertEquals(-54, t.value(1, 1), 0);
        assertEquals(3.6, t.value(0, 0), 0);
    }

    @Test
    void writingAndReadingGiveTheSameNumbersExactly() throws FileFormatException {
        DataTable t = DataTable.ofRows(List.of("x", "y"), new double[][] {{0.1, 1e-300}, {-2.5e17, Math.PI}});
        assertEquals(t, DataCsv.parse(DataCsv.write(t), "t"));
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"x,y\n1,2\n3,abc\n", "data.csv: line 3, column 2 (y): 'abc' is not a number"},
            {"x,y\n1,2\n3\n", "data.csv: line 3: 1 values, but the header names 2 columns"},
            {"x,y\n1,2\n3,\n", "data.csv: line 3, column 2 (y): empty"},
            {"x,y\n1,nan\n", "data.csv: line 2, column 2 (y): 'nan' is not a finite number"},
            {"x,x\n1,2\n", "data.csv: line 1, column 2: the name 'x' is used twice"},
            {"x,\"y\n1,2\n", "data.csv: line 1, column 2: a quote is not closed"},
            {"x,y\n", "data.csv: no data rows below the header"},
            {"", "data.csv: empty; the first line must name the columns"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(dir.resolve("data.csv"), c[0]);
            FileFormatException e = assertThrows(FileFormatException.class, () -> DataCsv.read(file), c[0]);
            assertEquals(c[1], e.getMessage());
        }
        FileFormatException missing = assertThrows(FileFormatException.class,
                () -> DataCsv.read(dir.resolve("none.csv")));
        assertTrue(missing.getMessage().startsWith("No such file"), missing.getMessage());
    }
}
