package org.downhill.ui;

import java.util.List;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LessonViewModel;

/**
 * What Page Down and Page Up (the keys a presenter's remote sends) do: with a lesson open, they
 * turn its pages; without one, they go through the presets in the order of the Presets menu,
 * from the preset shown last (Page Down after a file or the first-launch scene shows the first
 * preset, Page Up the last). Nothing happens past the first or last page of a lesson; the presets
 * go round.
 */
public final class PageTurner {
    private final LessonViewModel lessons;
    private final ScenarioActions files;

    /** Turns the pages of a lesson model, or the presets through the scenario actions. */
    public PageTurner(LessonViewModel lessons, ScenarioActions files) {
        this.lessons = lessons;
        this.files = files;
    }

    /** The next page, or the next preset. */
    public void next() {
        if (lessons.lesson() != null) {
            lessons.next();
        } else {
            preset(1);
        }
    }

    /** The page before, or the preset before. */
    public void previous() {
        if (lessons.lesson() != null) {
            lessons.back();
        } else {
            preset(-1);
        }
    }

    private void preset(int delta) {
        List<Preset> all = Presets.all();
        Preset shown = files.presetProperty().get();
        int at = shown == null ? -1 : all.indexOf(shown);
        int next = at < 0 ? (delta > 0 ? 0 : all.size() - 1) : Math.floorMod(at + delta, all.size());
        files.load(all.get(next));
    }
}
