package dev.cdnx.app.editor.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One property edit is one step, however often its text is committed (#17 item 9). */
class PropertySheetCommitTest {

    private EditorViewModel vm;
    private PropertiesViewModel sheet;

    @BeforeEach
    void open() {
        vm = new EditorViewModel(
                ScenarioIO.read(SampleIndex.read("hello-cdn"), "hello-cdn.json").orThrow());
        sheet = new PropertiesViewModel(vm);
    }

    @Test
    void enterThenFocusLossLogsOneTtlEdit() {
        NodeSpec edge = vm.scenario().node("edge-tokyo");
        vm.selection().set(List.of(edge));
        Field<NodeSpec> ttl = NodeFields.ALL.stream()
                .filter(f -> f.name().equals("TTL"))
                .findFirst()
                .orElseThrow();
        int logged = vm.log().size();
        // Enter commits "3600s"; the field then loses focus and commits its text once more.
        assertNull(sheet.apply(ttl, "3600s"));
        assertNull(sheet.apply(ttl, "3600s"));
        assertEquals(1, vm.commands().size(), "one undo step");
        assertEquals(logged + 1, vm.log().size(), "one line in the Log: " + vm.log());
        assertEquals(3600, edge.cache.ttl.seconds(), 1e-9);
    }

    @Test
    void aSettingWrittenDifferentlyIsNotASecondEdit() {
        Field<dev.cdnx.model.scenario.Scenario> duration = SettingsFields.ALL.stream()
                .filter(f -> f.name().equals("Duration"))
                .findFirst()
                .orElseThrow();
        assertNull(sheet.apply(duration, "5 m"));
        assertNull(sheet.apply(duration, "300s"));
        assertEquals(1, vm.commands().size());
    }

    @Test
    void clearingTheErrorHidesTheBanner() {
        vm.selection().set(List.of(vm.scenario().node("edge-tokyo")));
        Field<NodeSpec> ttl = NodeFields.ALL.stream()
                .filter(f -> f.name().equals("TTL"))
                .findFirst()
                .orElseThrow();
        assertNotNull(sheet.apply(ttl, "soon"));
        assertEquals("TTL: ", sheet.errorProperty().get().substring(0, 5));
        sheet.clearError();
        assertEquals("", sheet.errorProperty().get());
    }
}
