package org.downhill.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped on the class path (presets, data sets, lessons). */
public final class Resources {
    private Resources() {
    }

    /**
     * The UTF-8 text of a resource, relative to {@code org/downhill/scenario/}.
     *
     * @throws IllegalStateException if it is missing (a defect of the build, which the tests catch)
     */
    static String text(String name) {
        return text(Resources.class, name);
    }

    /**
     * The UTF-8 text of a resource, relative to the package of a class.
     *
     * @throws IllegalStateException if it is missing (a defect of the build, which the tests catch)
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }
}
