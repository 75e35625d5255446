package org.downhill.claim;

import static org.downhill.claim.TestRuns.measure;
import static org.downhill.claim.TestRuns.sgd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.param.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A {1 + 1} B | A 2 B",
        "{2 / 11} | 0.182",
        "{2300} | 2,300",
        "{0.835:%} | 84%",
        "{3.14159:.2} | 3.1",
        "{123456.7:.2} | 120,000",
        "{1 / 0} steps | ∞ steps",
        "{0 / 0} | n/a",
        "no placeholders | no placeholders"})
    void fillsPlaceholdersAtASensiblePrecision(String template, String filled) {
        assertEquals(filled, Caption.parse(template).fill(measure("A", sgd(0.1, 5))));
    }

    @Test
    void fillsFactsFromTheRunsAndListsTheRunsItMeasures() {
        Measurements m = measure("Fast", sgd(0.09, 100), "Slow", sgd(0.01, 100));
        Caption c = Caption.parse("Fast: {steps_to('Fast', 1e-3)} steps; slow: {loss('Slow'):.2} at the end.");
        double steps = TestRuns.value(m, "steps_to('Fast', 1e-3)");
        assertEquals("Fast: " + (int) steps + " steps; slow: " + Numbers.format(TestRuns.value(m, "loss('Slow')"), 2)
                + " at the end.", c.fill(m));
        assertEquals(List.of("Fast", "Slow"), List.copyOf(c.runNames()));
        assertEquals(List.of(steps, TestRuns.value(m, "loss('Slow')")), c.values(m));
        assertTrue(c.measured());
        assertFalse(Caption.parse("plain").measured());
    }

    @Test
    void aRunNameMayHoldBracesAndColons() {
        Measurements m = measure("a: {b}", sgd(0.1, 7));
        assertEquals("7", Caption.parse("{steps('a: {b}')}").fill(m));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a } b | A '}' without its '{' at character 3",
        "a {1 + 1 | A '{' without its '}' at character 3",
        "a {1 {2}} | A '{' without its '}' at character 3",
        "{1:x} | Unknown format ':x'",
        "{1:.0} | Unknown format ':.0'",
        "x {lr('A') < 1} | In the placeholder at character 3 of the caption: 'lr('A') < 1' is true or false",
        "{steps_to('A')} | takes 2 arguments"})
    void aMistakeIsNamed(String template, String message) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Caption.parse(template));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
