package org.downhill.ui.session;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.downhill.scenario.Presets;
import org.downhill.ui.DownhillApp;
import org.downhill.ui.MainWindow;

/**
 * The app in a process of its own, for {@link KilledAppTest}: starts JavaFX, opens the real
 * {@link DownhillApp} (which restores and then saves the session in {@code downhill.home}), loads
 * the preset named by the first argument as File &gt; Presets does, and runs until it is killed.
 */
public final class AppProcess {
    private AppProcess() {
    }

    /** @param args the id of the preset to load */
    public static void main(String[] args) {
        Platform.startup(() -> {
            try {
                DownhillApp app = new DownhillApp();
                app.init();
                Stage stage = new Stage();
                app.start(stage);
                ((MainWindow) stage.getScene().getRoot()).files().load(Presets.byId(args[0]));
                System.out.println("loaded " + args[0]);
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(3);
            }
        });
    }
}
