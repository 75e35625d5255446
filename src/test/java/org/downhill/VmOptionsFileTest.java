package org.downhill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downhill.testing.JavaProcess;
import org.junit.jupiter.api.Test;

/**
 * {@code src/main/jvm/downhill.vmoptions}, the JVM options with which {@code mvn javafx:run} and
 * the installers' launchers start the app: a JVM given the file starts, and each option in it
 * takes effect (a misspelt flag would stop the app from starting at all).
 */
class VmOptionsFileTest {
    private static final Path FILE = Path.of("src", "main", "jvm", "downhill.vmoptions");
    private static final Pattern FLAG = Pattern.compile("-XX:(\\w+)=(\\S+)");

    @Test
    void eachOptionIsAFlagThisJvmSetsFromTheFile() throws Exception {
        List<String> options = Arrays.stream(Files.readString(FILE).split("\\s+")).filter(o -> !o.isEmpty()).toList();
        assertFalse(options.isEmpty(), FILE + " holds no option");
        String flags = JavaProcess.run("-XX:VMOptionsFile=" + FILE.toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version");
        for (String option : options) {
            Matcher flag = FLAG.matcher(option);
            assertTrue(flag.matches(), "not a -XX:Name=Value option: " + option);
            Pattern set = Pattern.compile("\\s" + flag.group(1) + "\\s+= " + Pattern.quote(flag.group(2))
                    + "\\s.*\\{command line\\}");
            assertTrue(set.matcher(flags).find(), option + " did not take effect");
        }
    }
}
