package org.downhill;

/**
 * The entry point of {@code downhill.jar}: with no arguments it opens the app, with a subcommand
 * it runs the command line. It does not extend {@code javafx.application.Application}, so that the
 * jar starts with JavaFX on the plain class path. AWT runs headless (unless set otherwise): it only
 * draws figures into images (Java2D), which needs no display, and so never opens a window system
 * connection beside JavaFX's.
 */
public final class Main {
    private Main() {
    }

    /** Opens the app, or runs the command line when there are arguments. */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (args.length == 0) {
            org.downhill.ui.DownhillApp.launchApp(args);
        } else {
            System.exit(org.downhill.cli.Cli.run(args));
        }
    }
}
