package org.downhill.scenario;

import java.util.Objects;

/**
 * A scenario shipped with Downhill for teaching: an id, a title for a menu, and the scenario,
 * whose caption explains to a student what the runs show.
 *
 * @param id       the resource name without {@code .json}, e.g. {@code lr-too-small}
 * @param title    a short title, e.g. {@code Too small a learning rate}
 * @param scenario the scenario
 */
public record Preset(String id, String title, Scenario scenario) {
    /** Checks that nothing is missing. */
    public Preset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
    }
}
