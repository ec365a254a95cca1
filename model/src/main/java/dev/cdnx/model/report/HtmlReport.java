package dev.cdnx.model.report;

import dev.cdnx.model.engine.RunResult;

/**
 * A report as one self-contained HTML page: the drawing inline as SVG, then the same sections as the
 * Markdown report, converted with a small converter for the subset Markdown report uses (headings,
 * tables, lists, bold, italics).
 */
public final class HtmlReport {

    private HtmlReport() {}

    public static String render(ReportData d, RunResult run) {
        String markdown = MarkdownReport.render(d, run, null);
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(TopologySvg.escape(d.scenario().name))
                .append(" — CDN Explorer report</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;color:#1f2430}\n")
                .append(
                        "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem}\n")
                .append(
                        "td:not(:first-child){text-align:right}svg{max-width:100%;height:auto;border:1px solid #d0d7de}\n")
                .append("</style>\n</head>\n<body>\n");
        String[] lines = markdown.split("\n", -1);
        boolean drawn = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("|")) {
                i = table(lines, i, sb) - 1;
                continue;
            }
            if (line.startsWith("# ")) {
                sb.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
            } else if (line.startsWith("## ")) {
                if (!drawn) {
                    sb.append(TopologySvg.render(d.scenario(), "#ffffff"));
                    drawn = true;
                }
                sb.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("1. ") || line.startsWith("- ")) {
                sb.append("<p>• ")
                        .append(inline(line.substring(line.indexOf(' ') + 1)))
                        .append("</p>\n");
            } else if (!line.isBlank()) {
                sb.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static int table(String[] lines, int start, StringBuilder sb) {
        sb.append("<table>\n");
        int i = start;
        boolean header = true;
        for (; i < lines.length && lines[i].startsWith("|"); i++) {
            if (lines[i].matches("\\|(-+:?\\|)+") || lines[i].matches("\\|[-:|]+")) {
                continue;
            }
            String[] cells = lines[i].substring(1, lines[i].length() - 1).split("(?<!\\\\)\\|");
            sb.append("<tr>");
            for (String c : cells) {
                sb.append(header ? "<th>" : "<td>").append(inline(c.trim())).append(header ? "</th>" : "</td>");
            }
            sb.append("</tr>\n");
            header = false;
        }
        sb.append("</table>\n");
        return i;
    }

    /**
     * Bold and italics for the report's own {@code **} and {@code *}; a backslash-escaped character (user
     * text, see {@link MarkdownText}) is written as itself, HTML-escaped.
     */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean strong = false;
        boolean em = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && MarkdownText.escapable(text.charAt(i + 1))) {
                out.append(TopologySvg.escape(String.valueOf(text.charAt(++i))));
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                out.append(strong ? "</strong>" : "<strong>");
                strong = !strong;
                i++;
            } else if (c == '*') {
                out.append(em ? "</em>" : "<em>");
                em = !em;
            } else {
                out.append(TopologySvg.escape(String.valueOf(c)));
            }
        }
        out.append(em ? "</em>" : "").append(strong ? "</strong>" : "");
        return out.toString();
    }
}
