package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.rule.RuleSheet;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;

/** The rule panel's view model, without a toolkit: worked out when open and something changed, only then. */
class RuleViewModelTest {
    private int computed;

    private RuleViewModel model(LabViewModel lab) {
        return new RuleViewModel(lab, r -> {
            computed++;
            r.run();
        }, Runnable::run);
    }

    @Test
    void closedItWorksNothingOutOpenItFollowsThePlayheadAndTheSelection() {
        LabViewModel lab = new LabViewModel();
        RuleViewModel rule = model(lab);
        lab.setPlayhead(5);
        assertNull(rule.shownProperty().get());
        assertEquals(0, computed, "closed: nothing worked out");
        rule.openProperty().set(true);
        RuleViewModel.Shown shown = rule.shownProperty().get();
        String name = lab.selected().name();
        assertEquals(name + " (SGD): the update from step 5", shown.sheet().title());
        double lr = lab.selected().settings().optimizer().hyper().real("lr");
        assertEquals(List.of(new RuleSheet.StepSize(name, lr, lr)), shown.sheet().stepSizes());
        assertTrue(shown.image().getWidth() > 100);

        lab.setPlayhead(5);
        assertSame(shown, rule.shownProperty().get(), "nothing changed, nothing worked out");
        lab.setPlayhead(6);
        assertEquals(name + " (SGD): the update from step 6", rule.shownProperty().get().sheet().title());
        int before = computed;
        lab.view().textScaleProperty().set(1.5);
        assertTrue(rule.shownProperty().get().image().getWidth() > shown.image().getWidth(), "larger text");
        assertEquals(before + 1, computed);

        RunViewModel adam = lab.addRun(Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.1))));
        lab.selectedProperty().set(adam);
        RuleSheet sheet = rule.shownProperty().get().sheet();
        assertTrue(sheet.title().startsWith(adam.name()), sheet.title());
        assertEquals(2, sheet.stepSizes().size());
        assertNotEquals(sheet.stepSizes().get(1).x(), sheet.stepSizes().get(1).y(), "Adam: a step per coordinate");

        lab.runs().get(0).visibleProperty().set(false);
        assertEquals(List.of(adam.name()), rule.shownProperty().get().sheet().stepSizes().stream()
                .map(RuleSheet.StepSize::run).toList(), "hidden runs are left out");
        rule.openProperty().set(false);
        before = computed;
        lab.setPlayhead(9);
        assertEquals(before, computed, "closed again: nothing worked out");
    }
}
