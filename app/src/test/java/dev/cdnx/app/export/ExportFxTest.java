package dev.cdnx.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.lessons.Samples;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.engine.TimeSeries;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.RotateTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** Every export checked by reading its file back. */
@ExtendWith(ApplicationExtension.class)
class ExportFxTest {

    @TempDir
    Path dir;

    private Pane canvas;
    private Rectangle box;

    @Start
    void start(Stage stage) {
        box = new Rectangle(100, 50, 200, 100);
        box.setFill(Color.web("#0072B2"));
        Circle dot = new Circle(400, 300, 20, Color.web("#D55E00"));
        canvas = new Pane(new Group(box, dot));
        canvas.setPrefSize(800, 600);
        stage.setScene(new Scene(new Group(canvas), 800, 600));
        stage.show();
    }

    @Test
    void pngIsCroppedToTheContentWithAMargin(FxRobot robot) throws Exception {
        Path out = dir.resolve("drawing.png");
        Rectangle2D size = WaitForAsyncUtils.asyncFx(() -> PngExport.write(canvas, out, false, Color.WHITE))
                .get(10, TimeUnit.SECONDS);
        BufferedImage img = ImageIO.read(out.toFile());
        // content spans x 100..420, y 50..320; the margin is 16 on each side
        assertEquals(320 + 2 * (int) PngExport.MARGIN, img.getWidth());
        assertEquals(270 + 2 * (int) PngExport.MARGIN, img.getHeight());
        assertEquals(size.getWidth(), img.getWidth());
        assertEquals(0xFFFFFFFF, img.getRGB(2, 2), "the margin is the background");
        assertEquals(
                0xFF0072B2,
                img.getRGB((int) PngExport.MARGIN + 5, (int) PngExport.MARGIN + 5),
                "the rectangle starts right after the margin");
    }

    @Test
    void transparentPngHasNoBackground(FxRobot robot) throws Exception {
        Path out = dir.resolve("clear.png");
        WaitForAsyncUtils.asyncFx(() -> PngExport.write(canvas, out, true, null))
                .get(10, TimeUnit.SECONDS);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(0, img.getRGB(2, 2) >>> 24, "alpha of the margin");
        assertEquals(0xFF, img.getRGB((int) PngExport.MARGIN + 5, (int) PngExport.MARGIN + 5) >>> 24);
    }

    @Test
    void svgParsesAndNamesEveryNode() throws Exception {
        Scenario s = Samples.load("regional-caches.json");
        Path out = dir.resolve("drawing.svg");
        RunExports.svg(s, out, "#ffffff");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        String text = doc.getDocumentElement().getTextContent();
        for (NodeSpec n : s.topology.nodes) {
            assertTrue(text.contains(n.name) || Files.readString(out).contains(n.name), n.name);
        }
    }

    @Test
    void csvRowsAreTheEnginesSeries() throws Exception {
        Scenario s = ScenarioOverrides.apply(Samples.load("hello-cdn.json"), List.of("duration=30s"));
        RunResult r = new Simulation(s).run();
        Path out = dir.resolve("run.csv");
        RunExports.seriesCsv(r, out);
        RunExports.totalsCsv(r, RunExports.totalsBeside(out));
        List<String> rows = Files.readAllLines(out);
        TimeSeries ts = r.series();
        assertEquals(ts.buckets() + 1, rows.size());
        assertTrue(ts.buckets() > 1);
        String[] header = rows.get(0).split(",", -1);
        assertEquals("time", header[0]);
        for (int b = 0; b < ts.buckets(); b++) {
            String[] cells = rows.get(b + 1).split(",", -1);
            assertEquals(ts.bucketStart(b), Double.parseDouble(cells[0]), 1e-6);
            for (int c = 0; c < TimeSeries.COLUMNS.size(); c++) {
                assertEquals(TimeSeries.COLUMNS.get(c), header[c + 1]);
                assertEquals(
                        ts.value(c, b), Double.parseDouble(cells[c + 1]), 1e-6, "bucket " + b + " " + header[c + 1]);
            }
        }
        List<String> totals = Files.readAllLines(dir.resolve("run-totals.csv"));
        assertEquals("metric,value", totals.get(0));
        assertTrue(totals.contains("requests," + r.requests()), totals.toString());
        assertTrue(totals.contains("originRequests," + r.originRequests()));
        assertTrue(totals.contains("errors," + r.errors()));
        assertTrue(totals.stream().anyMatch(l -> l.startsWith("latencyMs.p95,")));
        assertFalse(totals.stream().anyMatch(l -> l.startsWith("wallSeconds")), "no wall-clock figures");
    }

    @Test
    void reportCarriesTheTotalsOfCdnxReport() throws Exception {
        Path sample = Path.of(System.getProperty("user.dir")).getParent().resolve("samples/cost-lever.json");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Cdnx.execute("report", sample.toString(), "--typed");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        List<String> totals = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\S[^:\\n]*: (\\S+) a month$").matcher(buf.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            totals.add(m.group(1));
        }
        assertEquals(3, totals.size(), buf.toString(StandardCharsets.UTF_8));

        Scenario s = ScenarioIO.read(sample).orThrow();
        Path html = dir.resolve("report.html");
        Path md = dir.resolve("report.md");
        RunExports.report(s, sample.getParent(), null, html, md);
        String h = Files.readString(html);
        String k = Files.readString(md);
        for (String t : totals) {
            assertTrue(h.contains(t), "HTML lacks " + t);
            assertTrue(k.contains(t), "Markdown lacks " + t);
        }
        assertTrue(Files.exists(dir.resolve("report.svg")), "the Markdown's drawing sits beside it");
    }

    @Test
    void gifRecordsMoreThanOneFrame(FxRobot robot) throws Exception {
        Path out = dir.resolve("run.gif");
        CompletableFuture<Integer> done = dev.cdnx.app.run.FxTestSupport.fx(() -> {
            RotateTransition spin = new RotateTransition(Duration.seconds(1), box);
            spin.setByAngle(360);
            spin.setCycleCount(3);
            spin.play();
            return new GifRecorder(canvas, 3, 0.8).start(out);
        });
        int frames = done.get(30, TimeUnit.SECONDS);
        assertTrue(frames > 1, "frames " + frames);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(frames, reader.getNumImages(true));
            assertEquals(800, reader.getWidth(0));
        }
    }

    @Test
    void gifFramesCarryTheRunClock(FxRobot robot) throws Exception {
        Path out = dir.resolve("clock.gif");
        java.util.concurrent.atomic.AtomicInteger tick = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<Integer> done = dev.cdnx.app.run.FxTestSupport.fx(() -> new GifRecorder(canvas, 3, 0.5)
                .withCaption(() -> "t = 00:00:0" + tick.incrementAndGet() % 10 + ".000")
                .start(out));
        assertTrue(done.get(30, TimeUnit.SECONDS) > 1);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            BufferedImage first = reader.read(0);
            BufferedImage second = reader.read(1);
            int w = first.getWidth();
            // The canvas is white where the tag goes: dark pixels there are the clock's, and they change.
            assertTrue(darkPixels(first, w - 160, 8, w - 8, 30) > 50, "the first frame carries the clock");
            assertTrue(differ(first, second, w - 160, 8, w - 8, 30), "the clock moves from frame to frame");
        }
    }

    private static int darkPixels(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 400) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean differ(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void gifWriterLoopsForever() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BufferedImage f = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
            f.setRGB(i, 0, 0xFFFF0000);
            frames.add(f);
        }
        Path out = dir.resolve("three.gif");
        GifWriter.write(frames, 100, out);
        byte[] bytes = Files.readAllBytes(out);
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"));
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
    }

    @Test
    void errorsReadAsOneSentence() {
        String m = ExportErrors.message(
                "the PNG", new java.util.concurrent.CompletionException(new AccessDeniedException("/readonly/x.png")));
        assertEquals("Could not export the PNG: you may not write /readonly/x.png; pick another folder.", m);
        assertFalse(ExportErrors.message("the GIF", new NullPointerException()).contains("at "));
    }
}
