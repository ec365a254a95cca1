package dev.cdnx.app;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.lessons.NoTruncatedTextTest;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.PaletteScenes;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shortcuts sheet wraps its descriptions in a narrow dialog instead of cutting them (#17 item 2). */
class ShortcutsSheetTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void noDescriptionIsCutInANarrowDialog() {
        List<String> cut = fx(() -> {
            StackPane root = new StackPane(ShortcutsSheet.content());
            PaletteScenes.of(root, 460, 900);
            root.applyCss();
            root.resize(460, 900);
            root.layout();
            return NoTruncatedTextTest.truncated(root);
        });
        assertEquals(List.of(), cut);
    }
}
