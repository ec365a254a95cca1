package dev.cdnx.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG drawing (export and report) shows the notes and regions, and its frame takes them in. */
class SketchSvgTest {

    private static Scenario drawn() {
        Scenario s = new Scenario();
        NodeSpec edge = new NodeSpec("edge-paris", NodeKind.EDGE);
        edge.x = 100;
        edge.y = 100;
        s.topology.nodes.add(edge);
        s.regions.add(new RegionSpec("EU <west>", 40, 40, 200, 150));
        s.notes.add(new NoteSpec("shield goes here next quarter", 600, 400));
        return s;
    }

    @Test
    void regionsAndNotesAreDrawnWithTheirWords() {
        String svg = TopologySvg.render(drawn(), "#ffffff");
        assertTrue(svg.contains("class=\"region\""), svg);
        assertTrue(svg.contains("EU &lt;west&gt;"), "escaped label: " + svg);
        assertTrue(svg.contains("class=\"note\""), svg);
        assertTrue(svg.contains(">shield goes here next<") || svg.contains("shield goes here"), svg);
        assertTrue(
                svg.indexOf("class=\"region\"") < svg.indexOf("<line") || !svg.contains("<line"),
                "regions under the links");
        assertTrue(svg.indexOf("class=\"note\"") > svg.indexOf("edge-paris"), "notes over the nodes");
    }

    @Test
    void thePictureIsLargeEnoughForANoteFarFromTheNodes() {
        String svg = TopologySvg.render(drawn(), "#ffffff");
        // from the region's left edge (40) to the note's right edge (600 + 180), plus two margins of 40
        assertTrue(svg.contains("width=\"820\""), svg.substring(0, 200));
    }

    @Test
    void wrapBreaksAtSpacesAndCutsLongWords() {
        assertEquals(List.of("origin in", "us-east-1"), SketchSvg.wrap("origin in us-east-1", 10));
        assertEquals(List.of("abcde", "fgh"), SketchSvg.wrap("abcdefgh", 5));
    }
}
