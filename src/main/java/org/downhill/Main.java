package org.downhill;

import org.downhill.scenario.ScenarioFileName;

/**
 * The entry point of {@code downhill.jar}: with no arguments it opens the app, with one argument
 * that names a scenario file ({@code .downhill} or {@code .json}, as a file association passes it)
 * it opens the app on that file, with a subcommand it runs the command line. It does not extend
 * {@code javafx.application.Application}, so that the jar starts with JavaFX on the plain class
 * path. AWT runs headless (unless set otherwise): it only draws figures into images (Java2D),
 * which needs no display, and so never opens a window system connection beside JavaFX's. The
 * command line starts in a small heap ({@link org.downhill.ui.HeapFootprint#startSmall}).
 */
public final class Main {
    private Main() {
    }

    /**
     * Opens the app, or runs the command line when there are arguments; first makes JavaFX's native
     * libraries for this platform loadable ({@link JavaFxNatives}).
     */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        JavaFxNatives.install(org.downhill.ui.AppFiles.home());
        if (opensApp(args)) {
            org.downhill.ui.DownhillApp.launchApp(args);
        } else {
            org.downhill.ui.HeapFootprint.startSmall();
            System.exit(org.downhill.cli.Cli.run(args));
        }
    }

    /** Whether the arguments open the app: none, or one scenario file's name. */
    static boolean opensApp(String[] args) {
        return args.length == 0 || args.length == 1 && ScenarioFileName.isScenario(args[0]);
    }
}
