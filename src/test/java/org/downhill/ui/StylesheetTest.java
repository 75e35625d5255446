package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheets parse without errors (a parse error silently drops the rules after it),
 * and the dark theme names every colour the light one names, so that nothing stays light.
 */
class StylesheetTest {
    private static final Pattern COLOUR_NAME = Pattern.compile("-dh-[a-z-]+");

    private static Stylesheet parse(String url) throws IOException {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(new URL(url));
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors, url);
        return sheet;
    }

    /** The looked-up colours a sheet defines in its .root rule. */
    private static Set<String> defined(Stylesheet sheet) {
        Set<String> names = new TreeSet<>();
        for (Rule rule : sheet.getRules()) {
            if (rule.getSelectors().stream().anyMatch(s -> s.toString().equals("*.root"))) {
                for (Declaration d : rule.getDeclarations()) {
                    if (d.getProperty().startsWith("-dh-")) {
                        names.add(d.getProperty());
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> used(String url) throws IOException {
        String text;
        try (InputStream in = new URL(url).openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> names = new TreeSet<>();
        Matcher m = COLOUR_NAME.matcher(text.replaceAll("(?s)\\.root \\{.*?}", ""));
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    @Test
    void theStylesheetParsesCleanly() throws IOException {
        Stylesheet sheet = parse(ThemeStyles.BASE);
        assertTrue(sheet.getRules().size() > 30, "every rule was read: " + sheet.getRules().size());
    }

    @Test
    void theDarkThemeParsesCleanlyAndNamesEveryColourTheLightOneNames() throws IOException {
        Set<String> light = defined(parse(ThemeStyles.BASE));
        Set<String> dark = defined(parse(ThemeStyles.DARK));
        assertTrue(light.size() > 15, light.toString());
        assertEquals(light, dark);
        assertEquals(light, used(ThemeStyles.BASE), "every colour named is used, and every one used is named");
    }
}
