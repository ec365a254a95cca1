package dev.cdnx.model.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same month of traffic priced on several sheets, one total each: the Cost tab's "Compare providers"
 * bars and the report's provider section come from here, so the window and {@code cdnx report} agree to
 * the cent. Each row names the sheet's source and date, and lists what that sheet leaves unpriced for
 * this traffic, because a provider whose notes lack a region's price looks cheaper than it is.
 */
public final class ProviderComparison {

    private ProviderComparison() {}

    /**
     * One sheet's bill for the traffic.
     *
     * @param gaps what the bill leaves out for want of a figure, one sentence each (empty when complete)
     */
    public record Row(
            String sheet, String label, String provenance, BigDecimal total, String currency, List<String> gaps) {

        public Row {
            gaps = List.copyOf(gaps);
        }

        /** True when every meter this traffic uses was priced. */
        public boolean complete() {
            return gaps.isEmpty();
        }
    }

    /** Every shipped sheet, then {@code own} when it is not one of them (a user's sheet), each once. */
    public static List<PriceSheet> sheetsWith(PriceSheet own) {
        Map<String, PriceSheet> out = new LinkedHashMap<>();
        for (String name : PriceSheets.SHIPPED) {
            SheetLoad load = PriceSheets.shipped(name);
            if (load.ok()) {
                out.put(name, load.sheet());
            }
        }
        if (own != null) {
            out.putIfAbsent(own.name(), own);
        }
        return List.copyOf(out.values());
    }

    /** The volumes priced on each sheet, in the sheets' order. */
    public static List<Row> of(MonthlyVolumes volumes, List<PriceSheet> sheets) {
        List<Row> rows = new ArrayList<>();
        for (PriceSheet s : sheets) {
            CostBreakdown b = CostModel.breakdown(volumes, s);
            rows.add(new Row(s.name(), s.label(), s.provider().provenance(), b.total(), s.currency(), gaps(b)));
        }
        return rows;
    }

    /** The terms billed at nothing because the source gives no figure, and the egress GB left unpriced. */
    static List<String> gaps(CostBreakdown b) {
        List<String> out = new ArrayList<>();
        for (CostTerm t : b.terms()) {
            if (t.formula().startsWith("not priced by this sheet")
                    && !t.inputs().isEmpty()
                    && !"0".equals(t.inputs().get(0).value())) {
                out.add(t.label() + " (" + t.inputs().get(0).value() + " "
                        + t.inputs().get(0).unit() + ")");
            }
            for (CostInput i : t.inputs()) {
                if (i.name().startsWith("unpriced ")) {
                    out.add("CDN egress in " + i.name().substring("unpriced ".length()) + " (" + i.value() + " GB)");
                }
            }
        }
        return out;
    }
}
