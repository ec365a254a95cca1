package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cdnx.app.lessons.EngineLessonHost;
import dev.cdnx.app.lessons.LessonsPanel;
import dev.cdnx.app.lessons.LessonsViewModel;
import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The panels' and lessons' sheets look their colours up in the palette: a test scene that carries the
 * palette sheet (as every window of the app does) styles them without one unresolved lookup, while a
 * bare scene floods the log with JavaFX's "Could not resolve" warnings, one per styled node per pass.
 */
class PanelSheetsPaletteFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void panelsAndLessonsInASceneWithThePaletteLogNoLookupWarning() {
        assertEquals(List.of(), lookupWarnings(root -> PaletteScenes.of(root, 1200, 720)));
    }

    @Test
    void theSameInABareSceneLogsThem() {
        assertFalse(
                lookupWarnings(root -> new Scene(root, 1200, 720)).isEmpty(),
                "the warnings this test watches for are caught at all");
    }

    /** The CSS lookup warnings logged while every panel tab and the lessons are styled in such scenes. */
    private static List<String> lookupWarnings(Function<Parent, Scene> scenes) {
        List<String> warnings = new ArrayList<>();
        Logger css = Logger.getLogger("javafx.css");
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String text = r.getMessage();
                if (text != null && text.contains("Could not resolve")) {
                    warnings.add(text);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        css.addHandler(catcher);
        try {
            fx(() -> {
                Path file = Path.of(System.getProperty("cdnx.project.dir", ".."), "samples", "hello-cdn.json");
                // 30 s of it, as the panels' other tests: the sheets, not the figures, are under test
                ScenarioDocument doc = new ScenarioDocument(
                        ScenarioOverrides.apply(ScenarioIO.read(file).orThrow(), List.of("duration=30s")));
                PanelsController panels = new PanelsController(doc, file::getParent);
                TabPane tabs = new TabPane();
                tabs.getTabs().setAll(panels.tabs());
                Parent styled = scenes.apply(tabs).getRoot();
                for (Tab t : tabs.getTabs()) {
                    tabs.getSelectionModel().select(t);
                    styled.applyCss();
                    styled.layout();
                }
                EngineLessonHost host = new EngineLessonHost();
                LessonsPanel lessons = new LessonsPanel(new LessonsViewModel(host, name -> {}));
                Parent lessonsRoot = scenes.apply(lessons).getRoot();
                lessonsRoot.applyCss();
                lessonsRoot.layout();
                host.dispose();
                return null;
            });
        } finally {
            css.removeHandler(catcher);
        }
        return warnings;
    }
}
