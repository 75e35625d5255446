package org.downhill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noArgumentsOrOneScenarioFileOpenTheApp() {
        assertTrue(Main.opensApp(new String[0]));
        assertTrue(Main.opensApp(new String[] {"/home/teacher/lesson 1.downhill"}));
        assertTrue(Main.opensApp(new String[] {"C:\\Users\\t\\Rosenbrock.JSON"}));
    }

    @Test
    void subcommandsAndEverythingElseRunTheCommandLine() {
        assertFalse(Main.opensApp(new String[] {"list"}));
        assertFalse(Main.opensApp(new String[] {"--help"}));
        assertFalse(Main.opensApp(new String[] {"render", "scenario.downhill"}));
        assertFalse(Main.opensApp(new String[] {"a.downhill", "b.downhill"}));
        assertFalse(Main.opensApp(new String[] {"notes.txt"}));
    }
}
