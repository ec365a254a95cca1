package dev.cdnx.model.report;

import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostInput;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.cost.Crossover;
import dev.cdnx.model.cost.ProviderComparison;
import dev.cdnx.model.decision.DecisionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a report: {@code cost.{pull,push,hybrid}.{total,terms{id:{label,amount,formula,inputs}}}},
 * {@code costByHitRatio}, {@code providers} (the scenario's own model priced on every shipped sheet, see
 * {@link #providers}), {@code sheet{name,label,currency,source,read}}, {@code decisions[{tree,path[{question,answer,because,overridden}],recommendation}]},
 * {@code verdict{tree,cheapest,runs,reason}} (see {@link VerdictJson}) and
 * {@code checks[{id,title,status,severity,...}]}: every check, {@code status} one of passed, warned, failed
 * or skipped; a fired one adds {@code message,fix,nodes}, a skipped one its {@code reason}. Amounts are
 * numbers with two decimals.
 */
public final class ReportJson {

    private ReportJson() {}

    private static Map<String, Object> sheet(ReportData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.sheet().name());
        m.put("label", d.sheet().label());
        m.put("currency", d.sheet().currency());
        m.put("source", d.sheet().provider().source());
        m.put("read", d.sheet().provider().read());
        return m;
    }

    /** {@code providers[{sheet,label,source,total,currency,complete,gaps}]}: the own model's month on each sheet. */
    static List<Map<String, Object>> providers(ReportData d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProviderComparison.Row r : d.providers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", r.sheet());
            m.put("label", r.label());
            m.put("source", r.provenance());
            m.put("total", r.total());
            m.put("currency", r.currency());
            m.put("complete", r.complete());
            m.put("gaps", r.gaps());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> toMap(ReportData d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", d.scenario().name);
        root.put("volumes", d.measured() ? "measured" : "typed");
        root.put("sheet", sheet(d));
        Map<String, Object> cost = new LinkedHashMap<>();
        for (CostBreakdown b : d.cost().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", b.total());
            m.put("scale", b.volumes().scale());
            m.put("scaleNote", b.volumes().scaleNote());
            Map<String, Object> terms = new LinkedHashMap<>();
            for (CostTerm t : b.terms()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("label", t.label());
                tm.put("amount", t.amount());
                tm.put("formula", t.formula());
                List<Map<String, String>> inputs = new ArrayList<>();
                for (CostInput i : t.inputs()) {
                    inputs.add(Map.of("name", i.name(), "value", i.value(), "unit", i.unit(), "source", i.source()));
                }
                tm.put("inputs", inputs);
                terms.put(t.id(), tm);
            }
            m.put("terms", terms);
            cost.put(b.model().id(), m);
        }
        root.put("cost", cost);
        List<Map<String, Object>> sweep = new ArrayList<>();
        for (Crossover.Point p : d.byHitRatio()) {
            sweep.add(Map.of("byteHitRatio", p.x(), "originEgress", p.originEgress(), "total", p.total()));
        }
        root.put("costByHitRatio", sweep);
        root.put("providers", providers(d));
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (DecisionResult r : d.decisions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tree", r.treeId());
            List<Map<String, Object>> path = new ArrayList<>();
            for (DecisionResult.Step s : r.path()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("question", s.questionId());
                sm.put("answer", s.answerId());
                sm.put("because", s.because());
                sm.put("overridden", s.overridden());
                path.add(sm);
            }
            m.put("path", path);
            m.put("recommendation", r.recommendation().id());
            m.put("model", r.recommendation().model().id());
            m.put("reasons", r.reasons());
            m.put("notes", r.notes());
            decisions.add(m);
        }
        root.put("decisions", decisions);
        root.put("verdict", VerdictJson.toMap(d.verdict()));
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckOutcome c : d.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("status", c.verdict().id());
            m.put("severity", c.severity().name().toLowerCase(Locale.ROOT));
            if (c.fired()) {
                m.put("message", c.message());
                m.put("fix", c.fix());
                m.put("nodes", c.nodes());
            } else if (c.status() == CheckOutcome.Status.SKIPPED) {
                m.put("reason", c.message());
            }
            checks.add(m);
        }
        root.put("checks", checks);
        return root;
    }
}
