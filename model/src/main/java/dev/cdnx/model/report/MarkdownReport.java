package dev.cdnx.model.report;

import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.ProviderComparison;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.units.DataSize;
import java.util.Locale;

/**
 * A report as Markdown: the scenario, the run's metrics, the monthly bill per delivery model term by
 * term, both decision paths, and the checks that fire. The drawing is referenced as an SVG file beside
 * the report when one is given.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    /**
     * The report as Markdown.
     *
     * @param drawingFile the SVG file name to link, or null for none
     */
    public static String render(ReportData d, RunResult run, String drawingFile) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(MarkdownText.escape(d.scenario().name)).append("\n\n");
        if (d.scenario().description != null) {
            sb.append(MarkdownText.escape(d.scenario().description)).append("\n\n");
        }
        if (drawingFile != null) {
            sb.append("![The topology](").append(drawingFile).append(")\n\n");
        }
        if (run != null) {
            sb.append("## Run\n\n").append(metricsTable(run)).append('\n');
        }
        String cur = d.sheet().currency();
        sb.append("## Monthly cost (")
                .append(d.measured() ? "measured" : "typed")
                .append(" volumes, price sheet ")
                .append(MarkdownText.escape(d.sheet().name()))
                .append(")\n\n");
        sb.append("| term |");
        d.cost().values().forEach(b -> sb.append(' ').append(b.model().label()).append(" |"));
        sb.append("\n|---|");
        d.cost().values().forEach(b -> sb.append("---:|"));
        sb.append('\n');
        CostBreakdown first = d.cost().values().iterator().next();
        for (CostTerm t : first.terms()) {
            sb.append("| ").append(t.label()).append(" |");
            for (CostBreakdown b : d.cost().values()) {
                sb.append(' ')
                        .append(Money.format(b.term(t.id()).amount(), cur))
                        .append(" |");
            }
            sb.append('\n');
        }
        sb.append("| **total** |");
        d.cost()
                .values()
                .forEach(b ->
                        sb.append(" **").append(Money.format(b.total(), cur)).append("** |"));
        sb.append("\n\n")
                .append(MarkdownText.escape(d.sheet().label()))
                .append(". ")
                .append(first.volumes().scaleNote())
                .append("\n\n");
        sb.append("Prices from: ")
                .append(MarkdownText.escape(d.sheet().provider().provenance()))
                .append("\n\n");
        providers(sb, d);
        for (DecisionResult r : d.decisions()) {
            sb.append("## ").append(MarkdownText.escape(r.title())).append("\n\n");
            for (DecisionResult.Step s : r.path()) {
                sb.append("1. **")
                        .append(MarkdownText.escape(s.question()))
                        .append("** ")
                        .append(MarkdownText.escape(s.answer()))
                        .append(s.overridden() ? " (overridden)" : "")
                        .append(" — ")
                        .append(MarkdownText.escape(s.because()))
                        .append('\n');
            }
            sb.append("\n**")
                    .append(MarkdownText.escape(r.recommendation().title()))
                    .append("**: ")
                    .append(MarkdownText.escape(r.recommendation().rationale()))
                    .append("\n\n");
        }
        sb.append("## Verdict\n\n");
        VerdictLines.of(d.verdict())
                .forEach(l -> sb.append("- ").append(MarkdownText.escape(l)).append('\n'));
        sb.append("\n## Architecture checks\n\n");
        long fired = d.checks().stream().filter(CheckOutcome::fired).count();
        sb.append(fired).append(" of ").append(d.checks().size()).append(" checks fired.\n\n");
        for (CheckOutcome c : d.checks()) {
            sb.append("- **").append(c.verdict().id()).append("** ").append(MarkdownText.escape(c.title()));
            if (c.fired()) {
                sb.append(": ")
                        .append(MarkdownText.escape(c.message()))
                        .append(" *Fix:* ")
                        .append(MarkdownText.escape(c.fix()));
            } else if (c.status() == CheckOutcome.Status.SKIPPED) {
                sb.append(": ").append(MarkdownText.escape(c.message()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The own model's month on every shipped sheet, with each sheet's source and what it leaves unpriced. */
    private static void providers(StringBuilder sb, ReportData d) {
        sb.append("## Compare providers\n\n| sheet | monthly total | prices from | not priced |\n|---|---:|---|---|\n");
        for (ProviderComparison.Row r : d.providers()) {
            sb.append("| ")
                    .append(MarkdownText.escape(r.sheet()))
                    .append(" | ")
                    .append(Money.format(r.total(), r.currency()))
                    .append(" | ")
                    .append(MarkdownText.escape(r.provenance()))
                    .append(" | ")
                    .append(r.complete() ? "—" : MarkdownText.escape(String.join("; ", r.gaps())))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    static String metricsTable(RunResult r) {
        return String.format(
                Locale.ROOT,
                "| metric | value |%n|---|---:|%n"
                        + "| model | %s |%n| simulated | %.0f s |%n| requests | %,d |%n| hit ratio | %.2f %% |%n"
                        + "| byte hit ratio | %.2f %% |%n| origin requests | %,d |%n| origin bytes | %s |%n"
                        + "| peak origin requests/s | %,d |%n| revalidations | %,d |%n| coalesced | %,d |%n"
                        + "| stale served | %,d |%n| errors | %,d |%n| latency p50 / p95 / p99 | %.1f / %.1f / %.1f ms |%n",
                r.model(),
                r.simulatedSeconds(),
                r.requests(),
                100 * r.hitRatio(),
                100 * r.byteHitRatio(),
                r.originRequests(),
                DataSize.ofBytes(r.originBytes()).toHumanString(),
                r.peakOriginRequestsPerSecond(),
                r.revalidations(),
                r.coalesced(),
                r.staleServed(),
                r.errors(),
                r.latencyMs().p50(),
                r.latencyMs().p95(),
                r.latencyMs().p99());
    }
}
