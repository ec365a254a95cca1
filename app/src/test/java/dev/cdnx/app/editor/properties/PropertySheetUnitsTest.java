package dev.cdnx.app.editor.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The property sheet reads unit values with the same parsers as the file: every written form the file
 * takes (with or without a space, every suffix, "auto" for a link's RTT) and a refusal that names the
 * field, the value and the accepted forms.
 */
class PropertySheetUnitsTest {

    private EditorViewModel vm;
    private PropertiesViewModel sheet;

    @BeforeEach
    void open() {
        Scenario s =
                ScenarioIO.read(SampleIndex.read("hello-cdn"), "hello-cdn.json").orThrow();
        vm = new EditorViewModel(s);
        sheet = new PropertiesViewModel(vm);
    }

    private static Field<NodeSpec> nodeField(String category, String name) {
        return NodeFields.ALL.stream()
                .filter(f -> f.name().equals(name) && f.category().equals(category))
                .findFirst()
                .orElseThrow();
    }

    private static Field<Scenario> setting(String name) {
        return SettingsFields.ALL.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sizesRatesAndDurationsInEveryWrittenForm() {
        NodeSpec edge = vm.scenario().node("edge-tokyo");
        vm.selection().set(List.of(edge));
        Field<NodeSpec> capacity = nodeField("Cache", "Capacity");
        for (String form : List.of("7.3 PB", "7.3PB", " 7.3 PB ", "7300 TB")) {
            assertNull(sheet.apply(capacity, form), form);
            assertEquals(7_300_000_000_000_000L, edge.cache.capacity.bytes(), form);
        }
        assertNull(sheet.apply(capacity, "512 KiB"));
        assertEquals(524_288, edge.cache.capacity.bytes());
        vm.selection().set(List.of());
        assertNull(sheet.apply(setting("Duration"), "5 m"));
        assertEquals(300, vm.scenario().duration.seconds(), 1e-9);
        assertNull(sheet.apply(setting("Duration"), "1h30m"));
        assertEquals(5400, vm.scenario().duration.seconds(), 1e-9);
        assertNull(sheet.apply(setting("Push bandwidth"), "10Gbps"));
        assertEquals(10e9, vm.scenario().delivery.push.bandwidth.bitsPerSecond(), 1e-3);
    }

    @Test
    void aLinkRttTakesAutoAsTheFileDoes() {
        LinkSpec link = vm.scenario().topology.links.stream()
                .filter(l -> l.rtt != null)
                .findFirst()
                .orElseThrow();
        vm.selection().linkProperty().set(link);
        assertNull(sheet.apply(LinkFields.RTT, "auto"));
        assertNull(link.rtt, "auto: derived from the map");
        assertNull(sheet.apply(LinkFields.RTT, "40 ms"));
        assertEquals(0.04, link.rtt.seconds(), 1e-12);
    }

    @Test
    void aValueNotReadWholeIsRefusedNamingFieldValueAndForms() {
        vm.selection().set(List.of(vm.scenario().node("edge-tokyo")));
        String refused = sheet.apply(nodeField("Cache", "Capacity"), "7.3 PBs");
        assertNotNull(refused);
        String shown = sheet.errorProperty().get();
        assertTrue(shown.startsWith("Capacity: "), shown);
        assertTrue(shown.contains("\"7.3 PBs\""), shown);
        assertTrue(shown.contains("KiB") && shown.contains("40 GB"), shown);
    }
}
