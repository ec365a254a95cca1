package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status bar's counts follow opens and selections, not only problem-list changes (#17 item 3). */
class StatusCountsTest {

    private static Scenario sample(String name) {
        return ScenarioIO.read(SampleIndex.read(name), name + ".json").orThrow();
    }

    @Test
    void countsAreCurrentRightAfterOpeningASample() {
        EditorViewModel vm = new EditorViewModel(new Scenario());
        assertEquals("0 nodes · 0 links · 0 selected", vm.countsProperty().get());
        Scenario hello = sample("hello-cdn");
        int nodes = hello.topology.nodes.size();
        int links = hello.topology.links.size();
        vm.replace(hello);
        assertEquals(
                nodes + " nodes · " + links + " links · 0 selected",
                vm.countsProperty().get());
    }

    @Test
    void aSelectedLinkIsCountedAsSelected() {
        EditorViewModel vm = new EditorViewModel(sample("hello-cdn"));
        vm.selection().selectLink(vm.scenario().topology.links.get(0));
        assertEquals("8 nodes · 7 links · 1 link selected", vm.countsProperty().get());
        vm.selection()
                .set(List.of(
                        vm.scenario().topology.nodes.get(0),
                        vm.scenario().topology.nodes.get(1)));
        assertEquals("8 nodes · 7 links · 2 selected", vm.countsProperty().get());
    }
}
