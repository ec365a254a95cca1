package dev.cdnx.app;

import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.Scenario;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window on a sample, as the robot and window tests open it: preferences kept apart from the
 * user's, the sample opened, the theme installed on a 1200 × 760 scene. FX thread (a TestFX {@code @Start}).
 */
public final class MainWindows {

    private MainWindows() {}

    /** Opens {@code sample} (a name under samples/, e.g. {@code hello-cdn}) in a new main window on {@code stage}. */
    public static MainView show(Stage stage, String sample) {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test");
        MainView view = new MainView(new Scenario(), true, () -> {});
        view.files().openSample(sample);
        Scene scene = new Scene(view, 1200, 760);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
