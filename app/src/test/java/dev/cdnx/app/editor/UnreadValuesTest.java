package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.properties.PropertiesViewModel;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A file with a TTL of "soon": the property sheet shows "soon" marked invalid (not an empty box), the
 * Problems list says what the open dialog said, and saving keeps "soon" until the person types a TTL.
 * Undoing that edit brings the text back, marked, and saving writes it again.
 */
class UnreadValuesTest {

    private LoadResult opened;
    private EditorViewModel vm;
    private PropertiesViewModel sheet;

    @BeforeEach
    void open() {
        String text = SampleIndex.read("hello-cdn")
                .replaceFirst("(\"name\": \"edge-tokyo\",[^}]*?\"cache\": \\{)", "$1\n          \"ttl\": \"soon\",")
                .replaceFirst("\"alpha\": ([0-9.]+)", "\"alpha\": \"steep\"");
        opened = ScenarioIO.read(text, "soon.json");
        vm = new EditorViewModel(opened.scenario());
        vm.revalidate();
        sheet = new PropertiesViewModel(vm);
    }

    private static Set<String> said(List<Problem> problems) {
        return problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.toSet());
    }

    private PropertiesViewModel.Row row(String category, String name) {
        return sheet.rows().stream()
                .filter(r -> r.field().category().equals(category)
                        && r.field().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theOpenDialogAndTheProblemsListAgree() {
        assertEquals(2, opened.errors().size(), opened.problems().toString());
        assertEquals(said(opened.problems()), said(vm.problems()));
    }

    @Test
    void theSheetShowsTheTextAsWrittenMarkedInvalid() {
        vm.selection().set(List.of(vm.scenario().node("edge-tokyo")));
        PropertiesViewModel.Row ttl = row("Cache", "TTL");
        assertEquals("soon", ttl.value());
        assertTrue(ttl.invalid());
        assertFalse(row("Cache", "Capacity").invalid());
        vm.selection().clear();
        PropertiesViewModel.Row alpha = row("Workload", "Zipf alpha");
        assertEquals("steep", alpha.value());
        assertTrue(alpha.invalid());
    }

    @Test
    void savingKeepsTheTextUntilTheTtlIsTyped() {
        assertTrue(ScenarioIO.toJson(vm.scenario()).contains("\"ttl\": \"soon\""));
        vm.selection().set(List.of(vm.scenario().node("edge-tokyo")));
        assertNull(sheet.apply(row("Cache", "TTL").field(), "1h"));
        assertFalse(ScenarioIO.toJson(vm.scenario()).contains("soon"));
        assertEquals("1h", row("Cache", "TTL").value());
        assertFalse(row("Cache", "TTL").invalid());
        vm.revalidate();
        assertEquals(1, vm.problems().size(), "only the alpha is left: " + vm.problems());
    }

    @Test
    void undoingTheTtlEditBringsBackTheTextAsWritten() {
        vm.selection().set(List.of(vm.scenario().node("edge-tokyo")));
        assertNull(sheet.apply(row("Cache", "TTL").field(), "1h"));
        vm.undo();
        assertEquals("soon", row("Cache", "TTL").value());
        assertTrue(row("Cache", "TTL").invalid());
        assertTrue(ScenarioIO.toJson(vm.scenario()).contains("\"ttl\": \"soon\""));
        vm.revalidate();
        assertEquals(said(opened.problems()), said(vm.problems()));
        vm.redo();
        assertEquals("1h", row("Cache", "TTL").value());
        assertFalse(ScenarioIO.toJson(vm.scenario()).contains("soon"));
    }

    @Test
    void undoingTheAlphaEditBringsBackTheTextAsWritten() {
        assertNull(sheet.apply(row("Workload", "Zipf alpha").field(), "0.8"));
        vm.undo();
        assertEquals("steep", row("Workload", "Zipf alpha").value());
        assertTrue(row("Workload", "Zipf alpha").invalid());
        assertTrue(ScenarioIO.toJson(vm.scenario()).contains("\"alpha\": \"steep\""));
    }
}
