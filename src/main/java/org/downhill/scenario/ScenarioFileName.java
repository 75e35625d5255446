package org.downhill.scenario;

import java.util.Locale;

/**
 * What a scenario file is called: {@value #EXTENSION} (the app saves with it, and the installers
 * associate it with the app) or {@code .json}; the content is JSON either way ({@link ScenarioJson}).
 */
public final class ScenarioFileName {
    /** The extension the app saves scenarios with. */
    public static final String EXTENSION = ".downhill";

    private ScenarioFileName() {
    }

    /** Whether a file name ends with {@value #EXTENSION} or {@code .json}, in any case. */
    public static boolean isScenario(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(EXTENSION) || lower.endsWith(".json");
    }

    /** The name with {@value #EXTENSION} added, unless it is already a scenario file's name. */
    public static String withExtension(String name) {
        return isScenario(name) ? name : name + EXTENSION;
    }
}
