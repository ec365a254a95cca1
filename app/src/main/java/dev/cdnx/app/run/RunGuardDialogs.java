package dev.cdnx.app.run;

import dev.cdnx.app.theme.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The program's answers to a {@link RunGuard}: a long run is confirmed in a dialog whose default button
 * cancels (Enter does not start hours of work by accident), and a run too big for the heap is refused in
 * an error dialog. Called on the FX thread.
 */
public final class RunGuardDialogs implements RunGuard.Asker {

    /** The button that starts a long run anyway. */
    public static final ButtonType RUN_ANYWAY = new ButtonType("Run anyway", ButtonBar.ButtonData.OK_DONE);

    private RunGuardDialogs() {}

    /** A guard that asks in dialogs. */
    public static RunGuard guard() {
        return new RunGuard(new RunGuardDialogs());
    }

    @Override
    public boolean confirmLong(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, RUN_ANYWAY, ButtonType.CANCEL);
        Theme.install(a);
        a.setTitle(title + ": a long run");
        a.setHeaderText(null);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(RUN_ANYWAY)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return a.showAndWait().filter(RUN_ANYWAY::equals).isPresent();
    }

    @Override
    public void refuse(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        Theme.install(a);
        a.setTitle(title + ": not started");
        a.setHeaderText(null);
        a.showAndWait();
    }
}
