package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.app.editor.properties.PropertiesViewModel;
import dev.cdnx.app.editor.properties.SettingsFields;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import org.junit.jupiter.api.Test;

/** The sheet edits how often a month the launch happens, as an undoable command. */
class LaunchesPerMonthFieldTest {

    @Test
    void editRefuseAndUndo() {
        EditorViewModel vm = new EditorViewModel(
                ScenarioIO.read(SampleIndex.read("patch-day"), "patch-day.json").orThrow());
        PropertiesViewModel p = new PropertiesViewModel(vm);
        var field = SettingsFields.ALL.stream()
                .filter(f -> f.name().equals("Launches per month"))
                .findFirst()
                .orElseThrow();
        assertNull(p.apply(field, "4"));
        assertEquals(4.0, vm.scenario().pricing.launches(), 1e-9);
        assertNotNull(p.apply(field, "-1"), "a negative count is refused");
        vm.undo();
        assertEquals(1.0, vm.scenario().pricing.launches(), 1e-9);
    }
}
