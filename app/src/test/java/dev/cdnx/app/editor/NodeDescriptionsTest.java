package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.units.DataSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a screen reader says about a node. */
class NodeDescriptionsTest {

    @Test
    void anEdgeSaysItsNameKindSizeAndHitRatio() {
        NodeSpec edge = new NodeSpec("edge-london", NodeKind.EDGE);
        edge.cacheOrDefault().capacity = DataSize.parse("2 GB");
        assertEquals("edge-london, edge cache, 2 GB, hit ratio 41 %", NodeDescriptions.describe(edge, List.of(), 0.41));
    }

    @Test
    void withoutARunThereIsNoHitRatioAndProblemsAreCounted() {
        NodeSpec origin = new NodeSpec("origin-us-east", NodeKind.ORIGIN);
        origin.originOrDefault();
        String said = NodeDescriptions.describe(origin, List.of(Problem.error("x", "m", "f")), Double.NaN);
        assertTrue(said.startsWith("origin-us-east, origin, serves up to "), said);
        assertTrue(said.endsWith(", 1 problem"), said);
        assertTrue(!said.contains("hit ratio"), said);
    }

    @Test
    void noSnapshotMeansNoHitRatio() {
        NodeSpec edge = new NodeSpec("edge-london", NodeKind.EDGE);
        assertTrue(Double.isNaN(NodeDescriptions.fromSnapshots(() -> null).applyAsDouble(edge)));
    }
}
