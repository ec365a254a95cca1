package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.report.SeriesCsv;
import dev.cdnx.model.report.TopologySvg;
import dev.cdnx.model.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and exports that leave the program: they parse, and carry the figures of the command line. */
class ReportExportTest {

    private static Path sample(String name) {
        return SharedData.projectDir().resolve("samples").resolve(name);
    }

    @Test
    void htmlAndMarkdownReportsCarryTheCostTotalsOfTheTextReport(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("r.html");
        Path md = dir.resolve("r.md");
        PrintStream old = System.out;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(text, true, StandardCharsets.UTF_8));
            assertEquals(
                    0,
                    Cdnx.execute(
                            "report",
                            sample("cost-lever.json").toString(),
                            "--typed",
                            "--duration",
                            "20s",
                            "--html",
                            html.toString(),
                            "--markdown",
                            md.toString()));
        } finally {
            System.setOut(old);
        }
        String h = Files.readString(html);
        String m = Files.readString(md);
        for (String total : new String[] {"$37,500.00", "$345,300.00"}) {
            assertTrue(text.toString(StandardCharsets.UTF_8).contains(total), total);
            assertTrue(h.contains(total), "HTML lacks " + total);
            assertTrue(m.contains(total), "Markdown lacks " + total);
        }
        assertTrue(h.contains("<svg"), "the drawing is inline");
        assertTrue(m.contains("![The topology](r.svg)"));
        assertTrue(Files.exists(dir.resolve("r.svg")));
        assertTrue(h.contains("<h2>Architecture checks</h2>") && m.contains("## Architecture checks"));
    }

    @Test
    void svgParsesAndNamesEveryNode() throws Exception {
        Scenario s = ScenarioIO.read(sample("hello-cdn.json")).orThrow();
        String svg = TopologySvg.render(s, null);
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        s.topology.nodes.forEach(n -> assertTrue(svg.contains(">" + n.name + "<"), n.name));
    }

    @Test
    void csvRowsEqualTheEngineSeries() {
        Scenario s = ScenarioIO.read(sample("hello-cdn.json")).orThrow();
        s.duration = dev.cdnx.model.units.SimDuration.ofSeconds(30);
        var r = new Simulation(s).run();
        String[] rows = SeriesCsv.render(r.series()).split("\n");
        assertEquals(r.series().buckets() + 1, rows.length);
        double sum = 0;
        for (int i = 1; i < rows.length; i++) {
            sum += Double.parseDouble(rows[i].split(",")[1]);
        }
        assertEquals(r.requests(), (long) sum, "the requests column adds up to the run's requests");
    }

    @Test
    void csvOfARunStoppedPartWayHasNoRowsForTimeNotPlayed() {
        Scenario s = ScenarioIO.read(sample("hello-cdn.json")).orThrow();
        s.duration = dev.cdnx.model.units.SimDuration.ofSeconds(120);
        Simulation sim = new Simulation(s);
        sim.runUntil(30);
        var r = sim.result();
        String[] rows = SeriesCsv.render(r.series(), r.simulatedSeconds()).split("\n");
        double lastStart = Double.parseDouble(rows[rows.length - 1].split(",")[0]);
        assertTrue(lastStart < 30, "the last row starts before the 30 s played: " + lastStart);
        assertTrue(rows.length - 1 < r.series().buckets(), "fewer rows than the whole run's buckets");
        assertTrue(Double.parseDouble(rows[rows.length - 1].split(",")[1]) > 0, "and the last row has traffic");
    }

    @Test
    void svgDrawsEachNodeAsTheAppDoesInAFormEveryRendererReads() throws Exception {
        Scenario s = ScenarioIO.read(sample("hello-cdn.json")).orThrow();
        String svg = TopologySvg.render(s, "#ffffff");
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var circles = doc.getElementsByTagName("circle");
        assertEquals(s.topology.nodes.size(), circles.getLength());
        for (int i = 0; i < circles.getLength(); i++) {
            var circle = (org.w3c.dom.Element) circles.item(i);
            assertEquals(
                    0, circle.getChildNodes().getLength(), "nothing inside a circle (some renderers then skip it)");
            var group = (org.w3c.dom.Element) circle.getParentNode();
            assertEquals("g", group.getNodeName());
            var title = group.getElementsByTagName("title").item(0);
            String name = title.getTextContent().replaceFirst(" \\(.*", "");
            var node = s.node(name);
            assertEquals(
                    dev.cdnx.model.report.TopologySvg.colour(node.kind),
                    circle.getAttribute("fill"),
                    name + " in its kind's colour");
            var text = (org.w3c.dom.Element) group.getElementsByTagName("text").item(0);
            assertEquals("middle", text.getAttribute("text-anchor"), "the name is centred under the disc");
            assertTrue(
                    Double.parseDouble(text.getAttribute("y")) > Double.parseDouble(circle.getAttribute("cy")),
                    "below it");
            assertEquals("stroke", text.getAttribute("paint-order"), "on a halo, so links do not cross the letters");
            assertEquals(1, group.getElementsByTagName("path").getLength(), name + " has its kind's glyph");
        }
    }

    @Test
    void svgDrawsTheMapBehindTheDrawingWhenGivenTheLand() throws Exception {
        Scenario s = ScenarioIO.read(sample("hello-cdn.json")).orThrow();
        var near = new dev.cdnx.model.report.TopologySvg.LandRing(
                new double[] {300, 900, 900, 300}, new double[] {200, 200, 400, 400});
        var far = new dev.cdnx.model.report.TopologySvg.LandRing(
                new double[] {-9000, -8000, -8000}, new double[] {-9000, -9000, -8000});
        String svg = TopologySvg.render(s, "#ffffff", java.util.List.of(near, far));
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var land = (org.w3c.dom.Element) doc.getElementsByTagName("path").item(0);
        assertEquals("#f6f8f3", land.getAttribute("fill"), "the land, first, in the map's colour");
        assertEquals(
                1, land.getAttribute("d").chars().filter(c -> c == 'Z').count(), "only the outline in the picture");
        var sea = (org.w3c.dom.Element) doc.getElementsByTagName("rect").item(0);
        assertEquals("#e8f1f8", sea.getAttribute("fill"), "on the sea");
        assertEquals(
                TopologySvg.render(s, "#ffffff"),
                TopologySvg.render(s, "#ffffff", java.util.List.of()),
                "no land, no map");
    }
}
