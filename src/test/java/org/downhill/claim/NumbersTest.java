package org.downhill.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "140 | 140",
        "2300 | 2,300",
        "-1500 | -1,500",
        "0 | 0",
        "0.18181818 | 0.182",
        "-0.5 | -0.5",
        "1.5e-5 | 1.5e-5",
        "2.7000000000000002e22 | 2.7e22",
        "-2.5e-107 | -2.5e-107",
        "1e100 | 1e100",
        "12345.678 | 12,300",
        "9.99999 | 10"})
    void formatsWholeNumbersExactlyAndOthersToThreeDigits(double v, String text) {
        assertEquals(text, Numbers.format(v));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.835 | 84%", "1 | 100%", "0 | 0%", "0.004 | 0%"})
    void formatsSharesAsWholePercentages(double share, String text) {
        assertEquals(text, Numbers.percent(share));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Infinity | ∞", "-Infinity | -∞", "NaN | n/a"})
    void spellsWhatIsNotANumber(double v, String text) {
        assertEquals(text, Numbers.format(v));
        assertEquals(text, Numbers.percent(v));
    }
}
