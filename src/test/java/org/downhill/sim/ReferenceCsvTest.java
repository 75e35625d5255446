package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.downhill.scenario.TorchCase;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    @Test
    void spellsEveryReferenceNumberExactlyAsPrintfDoes() {
        int checked = 0;
        for (TorchCase c : ReferenceData.cases()) {
            for (String line : ReferenceData.csvText(c).lines().skip(1).toList()) {
                for (String cell : line.split(",")) {
                    assertEquals(cell, ReferenceCsv.format(ReferenceCsv.parse(cell)), () -> "in " + c.id());
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 50_000, "checked " + checked + " numbers");
    }

    @Test
    void spellsEdgeCasesAsC() {
        assertEquals("0", ReferenceCsv.format(0.0));
        assertEquals("-0", ReferenceCsv.format(-0.0));
        assertEquals("0.10000000000000001", ReferenceCsv.format(0.1));
        assertEquals("-2.5000000000000001e-05", ReferenceCsv.format(-2.5e-05));
        assertEquals("1e+100", ReferenceCsv.format(1e100));
        assertEquals("12345678901234568", ReferenceCsv.format(12345678901234567.0));
        assertEquals("1.2345678901234568e+17", ReferenceCsv.format(123456789012345678.0));
        assertEquals("0.0001", ReferenceCsv.format(1e-4));
        assertEquals("1.0000000000000001e-05", ReferenceCsv.format(1e-5));
        assertEquals("4.9406564584124654e-324", ReferenceCsv.format(Double.MIN_VALUE));
        assertEquals("inf", ReferenceCsv.format(Double.POSITIVE_INFINITY));
        assertEquals("-inf", ReferenceCsv.format(Double.NEGATIVE_INFINITY));
        assertEquals("nan", ReferenceCsv.format(Double.NaN));
    }

    @Test
    void writesTheReferenceFileOfACaseLineForLineUpToTheLastDigits() {
        TorchCase c = ReferenceData.cases().get(0);
        String csv = ReferenceCsv.toCsv(Simulator.run(c.spec()));
        String expected = ReferenceData.csvText(c);
        assertEquals(expected.lines().count(), csv.lines().count());
        assertEquals(expected.lines().findFirst(), csv.lines().findFirst());
        assertEquals(true, csv.endsWith("\n"));
    }
}
