package org.downhill.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.param.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

    private static boolean holds(String claim) {
        return ExprParser.claim(claim).value(TestRuns.measure("A", TestRuns.sgd(0.1, 1))) != 0;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 + 2 * 3 == 7 | true",
        "(1 + 2) * 3 == 9 | true",
        "2 - 3 - 4 == -5 | true",
        "8 / 4 / 2 == 1 | true",
        "-2 * -3 == 6 | true",
        "1e-3 < 0.01 | true",
        "1 / 0 > 1e300 | true",
        "0 / 0 == 0 / 0 | false",
        "0 / 0 != 0 / 0 | true",
        "not 1 > 2 and 2 > 1 | true",
        "1 < 2 or 1 > 2 and 0 > 1 | true",
        "(1 < 2 or 1 > 2) and 0 > 1 | false",
        "not not 1 <= 1 | true",
        "abs(-3) == 3 and min(2, 5) == 2 and max(2, 5) == 5 | true"})
    void evaluatesWithTheUsualPrecedence(String claim, boolean expected) {
        assertEquals(expected, holds(claim), claim);
    }

    @Test
    void listsTheRunsItNamesInOrderWithoutRepeats() {
        Expr e = ExprParser.claim("steps_to('B', 1e-3) < steps_to('A', 1e-3) and lr('B') > hp('C', 'momentum')");
        assertEquals(List.of("B", "A", "C"), List.copyOf(e.runNames()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "steps_to('A', 1e-3) < | the text ends at column 22",
        "step_to('A', 1) < 2 | unknown fact 'step_to' at column 1",
        "steps_to('A') < 1 | steps_to(run, number) takes 2 arguments, not 1 at column 1",
        "steps_to(1, 2) < 3 | argument 1 of steps_to(run, number) must be a run's name in quotes, not a number",
        "lr('A' < 1 | '<' needs numbers on both sides, not a text in quotes at column 8",
        "lr('A', 2) < 1 | lr(run) takes 1 argument, not 2",
        "lr('A) < 1 | text in quotes is not closed at column 4",
        "1 + 2 | is a number, but true or false is needed",
        "(1 < 2) + 1 < 3 | '+' needs numbers on both sides, not true or false at column 9",
        "1 and 2 < 3 | 'and' needs true or false on both sides, not a number at column 6",
        "1 < 2 3 | unexpected '3' at column 7",
        "1 < 2 < 3 | unexpected '<' at column 7",
        "and < 1 | expected a number, a fact or ( but found 'and' at column 1",
        "1.2.3 < 1 | '1.2.3' is not a number at column 1",
        "1 < # | expected a number, a fact or ( but found '#' at column 5"})
    void aMistakeIsNamedWithItsColumn(String claim, String message) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ExprParser.claim(claim));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aNumberIsNotAClaimAndAClaimIsNotANumber() {
        assertEquals(Type.NUMBER, ExprParser.number("2 * lr('A')").type());
        assertThrows(InvalidParameterException.class, () -> ExprParser.number("lr('A') < 1"));
        assertThrows(InvalidParameterException.class, () -> ExprParser.number("'A'"));
    }
}
