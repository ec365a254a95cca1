package dev.cdnx.model.report;

import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostInput;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.cost.Crossover;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.ProviderComparison;
import dev.cdnx.model.decision.DecisionResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The text form of a report: bills term by term with their inputs, the hit-ratio sweep, paths, checks. */
public final class ReportText {

    private ReportText() {}

    /** The provider section: the own model's month on every shipped sheet, cheapest first, gaps named. */
    public static void printProviders(PrintWriter out, ReportData d) {
        out.println("Compare providers (the scenario's own delivery model, the same month on each sheet):");
        List<ProviderComparison.Row> rows = new ArrayList<>(d.providers());
        rows.sort(Comparator.comparing(ProviderComparison.Row::total));
        for (ProviderComparison.Row r : rows) {
            out.printf(Locale.ROOT, "  %-22s %16s   %s%n", r.sheet(), Money.format(r.total(), r.currency()), r.label());
            out.printf("      prices from: %s%n", r.provenance());
            if (!r.complete()) {
                out.printf("      not priced (no figure in the source): %s%n", String.join("; ", r.gaps()));
            }
        }
        out.println();
    }

    public static void print(PrintWriter out, ReportData d) {
        String cur = d.sheet().currency();
        out.printf(
                "%s — monthly cost, %s volumes, price sheet %s%n",
                d.scenario().name,
                d.measured() ? "measured" : "typed",
                d.sheet().name());
        out.printf("  (%s)%n", d.sheet().label());
        out.printf("  prices from: %s%n", d.sheet().provider().provenance());
        CostBreakdown any = d.cost().values().iterator().next();
        out.printf("  %s%n%n", any.volumes().scaleNote());
        for (CostBreakdown b : d.cost().values()) {
            out.printf(Locale.ROOT, "%s: %s a month%n", b.model().label(), Money.format(b.total(), cur));
            for (CostTerm t : b.terms()) {
                out.printf(Locale.ROOT, "  %-26s %16s   %s%n", t.label(), Money.format(t.amount(), cur), t.formula());
                for (CostInput i : t.inputs()) {
                    out.printf("      %s = %s %s  [%s]%n", i.name(), i.value(), i.unit(), i.source());
                }
            }
            out.println();
        }
        if (!d.byHitRatio().isEmpty()) {
            out.println("Pull cost by byte hit ratio (origin egress = egress × (1 − h) × origin price):");
            for (Crossover.Point p : d.byHitRatio()) {
                out.printf(
                        Locale.ROOT,
                        "  h = %-6s origin egress %14s   total %16s%n",
                        Money.number(Money.decimal(p.x()), 4),
                        Money.format(p.originEgress(), cur),
                        Money.format(p.total(), cur));
            }
            out.println();
        }
        for (DecisionResult r : d.decisions()) {
            out.printf("Decision: %s%n", r.title());
            for (DecisionResult.Step s : r.path()) {
                out.printf(
                        "  %s %s%s — because %s%n",
                        s.question(), s.answer(), s.overridden() ? " (overridden)" : "", s.because());
            }
            out.printf(
                    "  => %s: %s%n",
                    r.recommendation().title(), r.recommendation().rationale());
            r.notes().forEach(n -> out.printf("  note: %s%n", n));
            out.println();
        }
        out.println("Verdict");
        VerdictLines.of(d.verdict()).forEach(l -> out.printf("  %s%n", l));
        out.println();
        long fired = d.checks().stream().filter(CheckOutcome::fired).count();
        out.printf("Architecture checks: %d of %d fired%n", fired, d.checks().size());
        for (CheckOutcome c : d.checks()) {
            String status = c.verdict().id();
            if (c.fired()) {
                out.printf("  %-7s [%s] %s: %s%n      fix: %s%n", status, c.id(), c.title(), c.message(), c.fix());
            } else if (c.status() == CheckOutcome.Status.SKIPPED) {
                out.printf("  %-7s [%s] %s: %s%n", status, c.id(), c.title(), c.message());
            } else {
                out.printf("  %-7s [%s] %s%n", status, c.id(), c.title());
            }
        }
    }
}
