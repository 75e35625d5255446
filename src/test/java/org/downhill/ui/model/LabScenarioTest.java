package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;

/** Scenarios into and out of the lab: what is loaded is what is saved. */
class LabScenarioTest {

    /** The scenario without the presets' expectations, which the lab does not keep. */
    private static Scenario withoutExpectations(Scenario s) {
        List<Scenario.Run> runs = s.runs().stream().map(r -> new Scenario.Run(r.name(), r.color(), r.visible(),
                r.startX(), r.startY(), r.settings(), r.edits(), null, r.batching())).toList();
        return new Scenario(s.landscape(), s.window(), s.steps(), s.playhead(), s.display(), runs, s.caption());
    }

    @Test
    void everyPresetLoadsAndSavesUnchanged() {
        for (Preset preset : Presets.all()) {
            LabViewModel lab = new LabViewModel();
            lab.load(preset.scenario());
            assertEquals(withoutExpectations(preset.scenario()), lab.toScenario(), preset.id());
            assertEquals(preset.scenario().runs().size(), lab.runs().size());
            assertEquals(preset.scenario().caption(), lab.captionProperty().get());
        }
    }

    @Test
    void aSavedLabWithLiveChangesLoadsIntoAnEqualLab() {
        LabViewModel lab = new LabViewModel();
        lab.setPlayhead(40);
        lab.selected().hyperModel().set("lr", 0.12);
        lab.duplicate(lab.selected()).visibleProperty().set(false);
        lab.view().logScaleProperty().set(true);
        Scenario saved = lab.toScenario();
        assertEquals(1, saved.runs().get(0).edits().size(), "the change at step 40 is kept");

        LabViewModel other = new LabViewModel();
        other.load(saved);
        assertEquals(saved, other.toScenario());
        for (int k = 0; k <= lab.steps(); k += 10) {
            assertEquals(lab.runs().get(0).trajectory().x(k), other.runs().get(0).trajectory().x(k));
        }
    }

    /**
     * A caption's numbers were measured on the runs as loaded: once a run changes, the lab says so
     * and neither a saved file nor a figure repeats the caption as if it were still true; back to
     * the runs as loaded, it is true again.
     */
    @Test
    void aCaptionIsNotRepeatedOnceTheRunsItMeasuredHaveChanged() {
        Preset preset = Presets.byId("lr-too-large");
        LabViewModel lab = new LabViewModel();
        lab.load(preset.scenario());
        lab.titleProperty().set(preset.title());
        assertFalse(lab.changedSinceLoadedProperty().get());
        assertEquals(preset.scenario().caption(), lab.toScenario().caption());
        assertEquals(preset.title(), lab.titleIfUnchanged());

        double lr = lab.selected().hyperModel().values().get().real("lr");
        lab.selected().hyperModel().set("lr", 0.3);
        assertTrue(lab.changedSinceLoadedProperty().get());
        assertEquals("", lab.toScenario().caption(), "a saved file does not repeat the caption");
        assertEquals("", lab.captionIfUnchanged());
        assertEquals("", lab.titleIfUnchanged());
        assertEquals(preset.scenario().caption(), lab.captionProperty().get(), "the banner still has the text");

        lab.selected().hyperModel().set("lr", lr);
        assertFalse(lab.changedSinceLoadedProperty().get(), "the runs as loaded again");
        assertEquals(preset.scenario().caption(), lab.toScenario().caption());

        lab.view().logScaleProperty().set(!lab.view().logScaleProperty().get());
        assertFalse(lab.changedSinceLoadedProperty().get(), "how it is shown changes no measurement");
        lab.runs().get(0).visibleProperty().set(false);
        assertTrue(lab.changedSinceLoadedProperty().get(), "a hidden run changes what is shown");
    }

    /**
     * Issue 13: a warm-up of 2,147,483,647 steps was read from a file and then refused by the lab
     * with no place named; the warm-up has one description now, and the lab shows what the file says.
     */
    @Test
    void aWarmupLongerThanAnyRunLoadsAsTheFileSaysIt() throws Exception {
        String json = ScenarioJson.write(Presets.all().get(0).scenario())
                .replaceFirst("\"steps\": 0,", "\"steps\": " + Integer.MAX_VALUE + ",");
        Scenario scenario = ScenarioJson.read(json);
        assertEquals(Integer.MAX_VALUE, scenario.runs().get(0).settings().schedule().warmup().steps());
        LabViewModel lab = new LabViewModel();
        lab.load(scenario);
        RunViewModel run = lab.runs().get(0);
        double lr = run.settings().optimizer().lr();
        double factor = run.settings().schedule().warmup().startFactor();
        assertEquals(factor * lr, run.trajectory().lr(0), 1e-15);
        assertEquals(Integer.MAX_VALUE, run.warmupModel().values().get().integer("warmup_steps"));
    }
}
