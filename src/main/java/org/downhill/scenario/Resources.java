package org.downhill.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped on the class path next to this package (presets, data sets). */
final class Resources {
    private Resources() {
    }

    /**
     * The UTF-8 text of a resource, relative to {@code org/downhill/scenario/}.
     *
     * @throws IllegalStateException if it is missing (a defect of the build, which the tests catch)
     */
    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }
}
