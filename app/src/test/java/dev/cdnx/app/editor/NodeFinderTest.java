package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Find's suggestions: best matches first, typed letters in order still found. */
class NodeFinderTest {

    private static final List<NodeSpec> NODES = Stream.of(
                    "users-london", "edge-london", "edge-los-angeles", "london", "shield-chicago", "origin-us-east")
            .map(n -> new NodeSpec(n, NodeKind.EDGE))
            .toList();

    private static List<String> find(String q) {
        return NodeFinder.matches(NODES, q, 10).stream().map(n -> n.name).toList();
    }

    @Test
    void exactThenPrefixThenPartThenContains() {
        assertEquals(List.of("london", "edge-london", "users-london"), find("london"));
        assertEquals(List.of("edge-london", "edge-los-angeles"), find("edge-lo"));
        assertEquals(List.of("shield-chicago"), find("CHI"));
    }

    @Test
    void lettersInOrderFindANode() {
        assertEquals("edge-london", find("edlon").get(0), "the shortest name holding the letters first");
        assertEquals(List.of(), find("zzz"));
    }

    @Test
    void aBlankQuerySuggestsTheNodesInOrderUpToTheLimit() {
        assertEquals(3, NodeFinder.matches(NODES, " ", 3).size());
        assertEquals("users-london", NodeFinder.matches(NODES, "", 3).get(0).name);
    }
}
