package dev.cdnx.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template of File › New from Template reads without a single problem, and runs. */
class TemplatesTest {

    static java.util.List<String> ids() {
        return Templates.ALL.stream().map(Templates.Template::id).toList();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void readsCleanAndRuns(String id) {
        String text = Templates.read(id);
        assertNotNull(text, id + ".json is in the resources");
        LoadResult r = ScenarioIO.read(text, id + ".json");
        assertTrue(r.problems().isEmpty(), id + ": " + r.problems());
        Scenario s = r.scenario();
        assertTrue(s.topology.nodes.stream().anyMatch(n -> n.kind == NodeKind.USERS), "has users");
        assertTrue(s.topology.nodes.stream().anyMatch(n -> n.kind == NodeKind.ORIGIN), "has an origin");
        assertEquals(
                ScenarioIO.toJson(s),
                ScenarioIO.toJson(ScenarioIO.read(ScenarioIO.toJson(s), "again").scenario()),
                "saved and read again unchanged");
        s.duration = dev.cdnx.model.units.SimDuration.ofSeconds(20);
        assertTrue(new Simulation(s).run().requests() > 0, id + " serves requests");
    }
}
