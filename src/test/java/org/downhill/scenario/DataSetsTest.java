package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.data.DataSet;
import org.downhill.param.InvalidParameterException;
import org.junit.jupiter.api.Test;

class DataSetsTest {

    @Test
    void theGeneratedSetsAreExactlyWhatTheSeededGeneratorWrites() throws FileFormatException {
        for (Map.Entry<String, String> e : DataSetGenerator.all().entrySet()) {
            assertEquals(DataCsv.parse(e.getValue(), e.getKey()), DataSets.byName(e.getKey()).data().table(), e.getKey());
        }
    }

    @Test
    void everySetFitsItsModelAndOldFaithfulIsThere() {
        for (DataSets.Entry e : DataSets.all()) {
            assertEquals(e.model().roles().size(), e.data().table().columnCount(), e.data().name());
        }
        DataSet faithful = DataSets.byName("faithful").data();
        assertEquals(272, faithful.table().rows());
        assertEquals(3.6, faithful.table().value(0, 0), 0);
        assertEquals(79, faithful.table().value(1, 0), 0);
        assertTrue(DataSets.isShipped(faithful));
        assertEquals(5, DataSets.all().size());
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> DataSets.byName("iris"));
        assertTrue(e.getMessage().contains("faithful"), e.getMessage());
    }
}
