package org.downhill.ui.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A small settings file of the app's own (key = value lines, UTF-8). A missing or unreadable file
 * reads as empty; a file that cannot be written is left as it was (losing a setting is not worth
 * an error).
 */
public final class PropertiesFile {
    private PropertiesFile() {
    }

    /** The settings in a file; empty if there is none or it cannot be read. */
    public static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | RuntimeException unreadable) {
            p.clear();
        }
        return p;
    }

    /** Writes the settings, creating the folder if needed; does nothing if it cannot. */
    public static void write(Path file, Properties settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                settings.store(out, null);
            }
        } catch (IOException | RuntimeException notWritable) {
            // kept in memory for this session
        }
    }
}
