package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScenarioFileNameTest {

    @Test
    void downhillAndJsonInAnyCaseAreScenarioFiles() {
        assertTrue(ScenarioFileName.isScenario("lesson.downhill"));
        assertTrue(ScenarioFileName.isScenario("LESSON.DOWNHILL"));
        assertTrue(ScenarioFileName.isScenario("old.json"));
        assertFalse(ScenarioFileName.isScenario("lesson.downhill.txt"));
        assertFalse(ScenarioFileName.isScenario("downhill"));
    }

    @Test
    void theExtensionIsAddedOnlyWhenMissing() {
        assertEquals("lesson.downhill", ScenarioFileName.withExtension("lesson"));
        assertEquals("lesson.downhill", ScenarioFileName.withExtension("lesson.downhill"));
        assertEquals("old.json", ScenarioFileName.withExtension("old.json"));
        assertEquals("notes.txt.downhill", ScenarioFileName.withExtension("notes.txt"));
    }
}
