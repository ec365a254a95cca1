package dev.cdnx.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User text in reports is text, never markup; a report never replaces a file the user did not name. */
class ReportSafetyTest {

    private static final String HOSTILE = "<script>alert(1)</script> *bold* | cell\n# heading [link](x)";

    private static ReportData data() {
        Scenario s = ScenarioIO.read(SharedData.projectDir().resolve("samples/hello-cdn.json"))
                .orThrow();
        s.name = HOSTILE;
        s.description = "- <img src=x onerror=alert(1)>";
        return ReportData.build(s, PriceSheets.shipped("illustrative").sheet(), true);
    }

    @Test
    void markdownEscapesTheScenariosNameAndDescription() {
        String md = MarkdownReport.render(data(), null, null);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(md).find(), "every < is escaped");
        assertTrue(
                md.startsWith("# \\<script\\>alert(1)\\</script\\> \\*bold\\* \\| cell \\# heading \\[link\\](x)\n"),
                md.substring(0, 120));
        assertTrue(md.contains("\n\\- \\<img"), "a description cannot start a list");
    }

    @Test
    void htmlShowsTheNameAsText() {
        String html = HtmlReport.render(data(), null);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertTrue(
                html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; *bold* | cell # heading [link](x)</h1>"),
                html.substring(html.indexOf("<h1>"), html.indexOf("</h1>")));
    }

    @Test
    void theDrawingBesideAMarkdownReportDoesNotReplaceAnotherFile(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("r.svg");
        Files.writeString(notes, "my notes, not a drawing");
        assertThrows(
                AtomicFiles.NotOursException.class, () -> ReportFiles.write(data(), null, null, dir.resolve("r.md")));
        assertEquals("my notes, not a drawing", Files.readString(notes));
        assertFalse(Files.exists(dir.resolve("r.md")));
        Files.writeString(notes, "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        ReportFiles.write(data(), null, null, dir.resolve("r.md"));
        assertTrue(Files.readString(notes).contains("<svg"));
    }
}
