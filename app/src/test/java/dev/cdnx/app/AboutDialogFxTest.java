package dev.cdnx.app;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Help → About says which Java and which JavaFX the program runs on, for bug reports. */
class AboutDialogFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aboutNamesTheJavaAndJavaFxVersions() {
        Label runtime =
                fx(() -> (Label) AboutDialog.create(null, null).getDialogPane().lookup("#about-runtime"));
        assertNotNull(runtime, "the dialog has a runtime line");
        String text = runtime.getText();
        assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
        String fxVersion = fx(() -> System.getProperty("javafx.runtime.version"));
        assertNotNull(fxVersion, "JavaFX reports its version once started");
        assertTrue(text.contains("JavaFX " + fxVersion), text);
    }
}
