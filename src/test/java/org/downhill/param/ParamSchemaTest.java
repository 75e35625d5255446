package org.downhill.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamSchemaTest {
    private static final ParamSchema SCHEMA = ParamSchema.of("Thing", List.of(
            RealParam.log("lr", 0.1, Interval.atLeast(0), 1e-5, 10, "step"),
            IntParam.of("steps", 10, 1, 1000, "count"),
            IntParam.optional("down", 1, Integer.MAX_VALUE, "optional count"),
            FlagParam.of("flag", false, "switch"),
            ChoiceParam.of("mode", "a", List.of("a", "b"), "mode"),
            new RealTupleParam("betas", "pair", List.of(0.9, 0.99), List.of("beta1", "beta2"),
                    Interval.closedOpen(0, 1), 0, 1, Scale.LINEAR),
            new IntListParam("milestones", "list", List.of(5, 10), 1)))
            .withRule(set -> set.real("lr") > 1 && set.flag("flag") ? "lr above 1 needs flag=false" : null);

    @Test
    void fillsDefaultsAndConvertsTypes() {
        ParamSet set = SCHEMA.bind(Map.of("lr", 1, "steps", 20.0, "betas", new double[] {0.5, 0.6}));
        assertEquals(1.0, set.real("lr"));
        assertEquals(20, set.integer("steps"));
        assertNull(set.optionalInteger("down"));
        assertEquals(0.6, set.real("betas", 1));
        assertEquals(List.of(5, 10), set.integers("milestones"));
        assertEquals("a", set.choice("mode"));
    }

    @Test
    void parsesAndFormatsTheCommandLineSpelling() {
        ParamSet set = SCHEMA.parse(Map.of("lr", "1e-3", "down", "none", "flag", "true", "mode", "b",
                "betas", "(0.8, 0.9)", "milestones", "[3,4]"));
        assertEquals(0.001, set.real("lr"));
        assertEquals(List.of("lr=0.001", "steps=10", "down=none", "flag=true", "mode=b", "betas=0.8,0.9",
                "milestones=3,4"), set.asText());
        for (Param p : SCHEMA.params()) {
            assertEquals(set.get(p.name()), p.parse(p.format(set.get(p.name()))), p.name());
        }
    }

    @Test
    void rejectsBadValuesWithMessagesNamingTheParameter() {
        assertEquals("Invalid value for steps: 0 (allowed: an integer 1 <= steps <= 1000)",
                assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("steps", 0))).getMessage());
        assertEquals("steps must be an integer, not 2.5",
                assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("steps", 2.5))).getMessage());
        assertEquals("Invalid value for lr: nan (allowed: lr >= 0)",
                assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("lr", Double.NaN))).getMessage());
        assertEquals("lr must be a number, not 'x'",
                assertThrows(InvalidParameterException.class, () -> SCHEMA.parse(Map.of("lr", "x"))).getMessage());
        assertEquals("Invalid value for mode: 'c' (allowed: one of a, b)",
                assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("mode", "c"))).getMessage());
        assertEquals("Thing has no parameter 'nope'; its parameters are lr, steps, down, flag, mode, betas, milestones",
                assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("nope", 1))).getMessage());
        assertEquals("Thing: lr above 1 needs flag=false",
                assertThrows(InvalidParameterException.class,
                        () -> SCHEMA.bind(Map.of("lr", 2.0, "flag", true))).getMessage());
        assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("milestones", List.of(0))));
        assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("betas", List.of(0.5))));
        assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("flag", "yes")));
        assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of("lr", Double.POSITIVE_INFINITY)));
    }

    @Test
    void setsAreValuesAndWithRevalidates() {
        ParamSet a = SCHEMA.defaults();
        assertEquals(a, SCHEMA.bind(Map.of("lr", 0.1)));
        assertNotEquals(a, a.with("lr", 0.2));
        assertEquals(0.2, a.with("lr", 0.2).real("lr"));
        assertThrows(InvalidParameterException.class, () -> a.with("lr", -0.2));
    }

    @Test
    void spellsNumbersShortly() {
        assertEquals("0.1", NumberText.of(0.1));
        assertEquals("1e-05", NumberText.of(1e-5));
        assertEquals("2.5e+07", NumberText.of(2.5e7));
        assertEquals("-3", NumberText.of(-3.0));
        assertEquals("123.456", NumberText.of(123.456));
        assertEquals(1e-5, NumberText.parse(" 1e-5 "));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("1e"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("0x10"));
    }

    @Test
    void longIntegersAreKeptExactly() {
        LongParam seed = LongParam.of("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE, "seed");
        assertEquals(1L << 40, seed.check(1L << 40));
        assertEquals(1L << 40, seed.check((double) (1L << 40)));
        assertEquals(9_007_199_254_740_993L, seed.parse("9007199254740993"), "above 2^53, read digit by digit");
        assertEquals(Long.MIN_VALUE, seed.parse(seed.format(Long.MIN_VALUE)));
        assertEquals("Invalid value for seed: 9223372036854775808 (allowed: an integer seed from "
                + "-9223372036854775808 to 9223372036854775807)",
                assertThrows(InvalidParameterException.class, () -> seed.parse("9223372036854775808")).getMessage());
        assertEquals("seed must be an integer, not 0.5",
                assertThrows(InvalidParameterException.class, () -> seed.check(0.5)).getMessage());
        assertEquals("seed must be an integer, not 'x'",
                assertThrows(InvalidParameterException.class, () -> seed.parse("x")).getMessage());
        LongParam small = LongParam.of("n", 1, 1, 10, "n");
        assertEquals("Invalid value for n: 11 (allowed: an integer 1 <= n <= 10)",
                assertThrows(InvalidParameterException.class, () -> small.check(11)).getMessage());
        assertEquals(1L << 40, ParamSchema.of("noise", List.of(seed)).bind(Map.of("seed", 1L << 40))
                .longInteger("seed"));
    }

    @Test
    void messagesQuoteAtMostAnExcerptOfTheInput() {
        String huge = "x".repeat(100_000);
        String message = assertThrows(InvalidParameterException.class, () -> SCHEMA.parse(Map.of("lr", huge)))
                .getMessage();
        assertEquals("lr must be a number, not '" + "x".repeat(Excerpt.MAX_LENGTH - 1) + "\u2026'", message);
        assertTrue(assertThrows(InvalidParameterException.class, () -> SCHEMA.bind(Map.of(huge, 1))).getMessage()
                .length() < 200);
        String text = "a".repeat(100) + "XYZ" + "b".repeat(100);
        assertEquals("\u2026" + "a".repeat(10) + "XYZ" + "b".repeat(27) + "\u2026", Excerpt.around(text, 100));
        assertEquals("short", Excerpt.around("short", 3));
        assertEquals("a".repeat(40) + "\u2026", Excerpt.around(text, 0));
    }
}
