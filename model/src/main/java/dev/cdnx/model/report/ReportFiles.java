package dev.cdnx.model.report;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes reports to files, each atomically (a temporary file, then a rename). A Markdown report gets its
 * drawing as {@code NAME.svg} beside it.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes the HTML and/or Markdown report; a null path skips that form. */
    public static void write(ReportData data, RunResult run, Path html, Path markdown) throws IOException {
        if (html != null) {
            writeAtomically(html, HtmlReport.render(data, run));
        }
        if (markdown != null) {
            String base = markdown.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path svg = markdown.resolveSibling(base + ".svg");
            writeAtomically(svg, TopologySvg.render(data.scenario(), "#ffffff"));
            writeAtomically(markdown, MarkdownReport.render(data, run, svg.getFileName().toString()));
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
    }
}
