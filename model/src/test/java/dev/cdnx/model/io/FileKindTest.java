package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which existing files a save or an export may replace without asking: empty ones and those of its kind. */
class FileKindTest {

    private static Path file(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    @Test
    void eachKindKnowsItsOwnFiles(@TempDir Path dir) throws Exception {
        Path scenario = file(dir, "s.json", "{\n  \"formatVersion\": 1,\n  \"name\": \"x\"\n}\n");
        Path sheet = file(dir, "p.json", "{\"name\": \"mine\", \"currency\": \"USD\", \"egress\": {}}");
        Path png = file(dir, "a.png", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR");
        Path gif = file(dir, "a.gif", "GIF89a\u0001\0\u0001\0");
        Path svg = file(dir, "a.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        Path csv = file(dir, "a.csv", "time,requests\n0,12\n");
        Path html = file(dir, "r.html", "<!DOCTYPE html>\n<html lang=\"en\">");
        Path report = file(dir, "r.md", "# Hello CDN\n\n## Run\n\n## Monthly cost (typed volumes)\n");
        Path readme = file(dir, "README.md", "# My notes\n\nThings to remember.\n");
        Path empty = file(dir, "empty", "");

        assertTrue(FileKind.SCENARIO.matches(scenario));
        assertFalse(FileKind.SCENARIO.matches(sheet));
        assertTrue(FileKind.PRICE_SHEET.matches(sheet));
        assertFalse(FileKind.PRICE_SHEET.matches(scenario));
        assertTrue(FileKind.PNG.matches(png));
        assertFalse(FileKind.PNG.matches(scenario));
        assertTrue(FileKind.GIF.matches(gif));
        assertFalse(FileKind.GIF.matches(png));
        assertTrue(FileKind.SVG.matches(svg));
        assertFalse(FileKind.SVG.matches(html));
        assertTrue(FileKind.CSV.matches(csv));
        assertFalse(FileKind.CSV.matches(scenario), "a JSON file with commas is not a table");
        assertTrue(FileKind.HTML_REPORT.matches(html));
        assertFalse(FileKind.HTML_REPORT.matches(svg));
        assertTrue(FileKind.MARKDOWN_REPORT.matches(report));
        assertFalse(FileKind.MARKDOWN_REPORT.matches(readme), "hand-written Markdown is not replaced unasked");
        for (FileKind k : FileKind.values()) {
            assertTrue(k.matches(empty), k + " may replace an empty file");
            assertNull(k.wouldReplace(dir.resolve("new-" + k)), k + " may write a new file");
        }
    }

    @Test
    void whatWouldBeReplacedIsSaidInOneSentence(@TempDir Path dir) throws Exception {
        Path scenario = file(dir, "s.png", "{\"formatVersion\": 1, \"topology\": {}}");
        assertEquals(scenario + " exists and is not a PNG image", FileKind.PNG.wouldReplace(scenario));
        assertNull(FileKind.SCENARIO.wouldReplace(scenario));
        assertEquals(dir + " exists and is not a CSV table", FileKind.CSV.wouldReplace(dir), "a folder");
        AtomicFiles.NotOursException e = org.junit.jupiter.api.Assertions.assertThrows(
                AtomicFiles.NotOursException.class,
                () -> AtomicFiles.writeString(scenario, "x", FileKind.PNG.check("choose another name")));
        assertEquals(scenario + " exists and is not a PNG image; choose another name", e.getMessage());
        assertTrue(Files.readString(scenario).startsWith("{\"formatVersion\""));
    }
}
