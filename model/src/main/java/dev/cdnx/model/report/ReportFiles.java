package dev.cdnx.model.report;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes reports to files through {@link AtomicFiles}. A Markdown report gets its drawing as
 * {@code NAME.svg} beside it; that file was not named by the user, so one that exists and is not a
 * drawing is left alone and the report is refused.
 */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * Writes the HTML and/or Markdown report; a null path skips that form.
     *
     * @throws AtomicFiles.NotOursException when the Markdown report's drawing would replace a file that
     *         is not an SVG drawing (nothing is written then)
     */
    public static void write(ReportData data, RunResult run, Path html, Path markdown) throws IOException {
        if (html != null) {
            AtomicFiles.writeString(html, HtmlReport.render(data, run));
        }
        if (markdown != null) {
            String base = markdown.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path svg = markdown.resolveSibling(base + ".svg");
            AtomicFiles.writeString(svg, TopologySvg.render(data.scenario(), "#ffffff"), ReportFiles::refuseNonSvg);
            AtomicFiles.writeString(
                    markdown, MarkdownReport.render(data, run, svg.getFileName().toString()));
        }
    }

    private static String refuseNonSvg(Path existing) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(existing)) {
            head = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
        }
        if (head.contains("<svg")) {
            return null;
        }
        return "the report's drawing would replace " + existing + ", which is not an SVG drawing; "
                + "give the Markdown report another name";
    }
}
