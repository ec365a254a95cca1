package dev.cdnx.model.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.io.LocationIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.problem.Suggest;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Price;
import dev.cdnx.model.units.UnitFormatException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of a price sheet field by field, so every mistake becomes a {@link Problem} naming
 * the file, line, column and JSON path (for example {@code egress.apac[1].price}) with a fix, and one
 * file reports all its mistakes at once. Unknown fields are errors with the nearest known name.
 */
final class PriceSheetReader {

    private static final Set<String> TOP = Set.of(
            "name",
            "label",
            "note",
            "currency",
            "egress",
            "requests",
            "originEgress",
            "midTier",
            "storage",
            "push",
            "pipelineOps",
            "logs",
            "source",
            "read",
            "free",
            "invalidations",
            "plan",
            "addOns",
            "monthlyMinimum",
            "unpriced");
    private static final Set<String> TIER = Set.of("upTo", "price");
    private static final Set<String> LOGS = Set.of("price", "bytesPerRequest");

    private final List<Problem> problems = new ArrayList<>();
    /** The sheet's {@code unpriced} map, read first: a meter named there may be left out. */
    private Map<String, String> unpriced = Map.of();

    static SheetLoad read(String text, String fileName) {
        return new PriceSheetReader().parse(text, fileName);
    }

    private SheetLoad parse(String text, String fileName) {
        JsonNode root;
        try {
            root = ScenarioIO.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            // Jackson's own words quote the text it choked on; a sheet path may lead to a file that is not
            // a sheet at all, so the message names only the place.
            return new SheetLoad(
                    null,
                    List.of(Problem.error(
                                    "",
                                    "not valid JSON at this place",
                                    "check for a missing comma, quote or brace near here; a price sheet is a JSON object { … }")
                            .at(fileName, Math.max(line, 0), Math.max(col, 0))));
        }
        PriceSheet sheet = null;
        if (root == null || !root.isObject()) {
            error("", "a price sheet is a JSON object { … }", "start from samples/pricing/illustrative.json");
        } else {
            sheet = bind(root);
        }
        LocationIndex index = LocationIndex.of(text);
        List<Problem> placed = new ArrayList<>();
        for (Problem p : problems) {
            int[] pos = index.find(p.path());
            placed.add(p.at(fileName, pos[0], pos[1]));
        }
        boolean failed = placed.stream().anyMatch(Problem::isError);
        return new SheetLoad(failed ? null : sheet, placed);
    }

    private PriceSheet bind(JsonNode root) {
        unknown(root, TOP, "");
        ProviderTermsReader terms = new ProviderTermsReader(this);
        unpriced = terms.unpriced(root.get("unpriced"));
        String name = text(root, "name", "");
        String label = text(root, "label", "");
        if (label == null || label.isBlank()) {
            error(
                    "label",
                    "the sheet needs a label saying whose prices these are",
                    "add \"label\": \"Illustrative prices, not any provider's\" or name the real contract");
        }
        String currency = text(root, "currency", "");
        if (currency == null) {
            currency = "USD";
        }
        Map<String, List<PriceSheet.Tier>> egress = egress(root.get("egress"));
        Price requests = meter(root, "requests", "10k", "M", "k", "million");
        Price origin = meter(root, "originEgress", "GB");
        Price mid = price(root, "midTier", "", false, "GB");
        Price storage = meter(root, "storage", "GB-month");
        Price push = meter(root, "push", "GB");
        Price ops = meter(root, "pipelineOps", "month");
        PriceSheet.LogPricing logs = unpriced.containsKey("logs") && !root.hasNonNull("logs")
                ? new PriceSheet.LogPricing(new Price("$", BigDecimal.ZERO, "M"), null)
                : logs(root.get("logs"));
        ProviderTerms provider = terms.read(root, unpriced);
        return new PriceSheet(
                name,
                label,
                text(root, "note", ""),
                currency,
                egress,
                requests,
                origin,
                mid,
                storage,
                push,
                ops,
                logs,
                provider);
    }

    /**
     * A required price, unless the sheet's {@code unpriced} says why its source gives none: then it is zero
     * (billed at nothing, the bill saying why), so everything that reads the sheet still has a price.
     */
    private Price meter(JsonNode root, String field, String... pers) {
        if (unpriced.containsKey(field) && !root.hasNonNull(field)) {
            return new Price("$", BigDecimal.ZERO, pers[0]);
        }
        return price(root, field, "", true, pers);
    }

    private Map<String, List<PriceSheet.Tier>> egress(JsonNode node) {
        Map<String, List<PriceSheet.Tier>> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            error(
                    "egress",
                    "egress prices are missing",
                    "add \"egress\": { \"default\": [ { \"price\": \"$0.08/GB\" } ] }");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "egress." + e.getKey();
            if (!e.getValue().isArray() || e.getValue().size() == 0) {
                error(
                        path,
                        "a region's egress is a list of tiers",
                        "write [ { \"upTo\": \"10 TB\", \"price\": "
                                + "\"$0.085/GB\" }, { \"price\": \"$0.06/GB\" } ]");
                continue;
            }
            String region = e.getKey().toLowerCase(Locale.ROOT);
            out.put(region, tiers(e.getValue(), path, unpriced.containsKey("egress." + region)));
        }
        for (String key : unpriced.keySet()) {
            // a region the source stops pricing (or never prices) is billed at nothing beyond that point
            String region = key.startsWith("egress.") ? key.substring("egress.".length()) : null;
            if (region == null) {
                continue;
            }
            List<PriceSheet.Tier> tiers = new ArrayList<>(out.getOrDefault(region, List.of()));
            if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upToGb() != null) {
                tiers.add(new PriceSheet.Tier(null, new Price("$", BigDecimal.ZERO, "GB")));
            }
            out.put(region, tiers);
        }
        if (!out.containsKey(PriceSheet.DEFAULT_REGION)) {
            error(
                    "egress",
                    "no \"default\" region: regions the sheet does not list would have no price",
                    "add \"default\": [ { \"price\": \"$0.08/GB\" } ] to egress");
        }
        return out;
    }

    /** @param openEnded true when the source stops at a bound and the sheet says why (volume above is unpriced) */
    private List<PriceSheet.Tier> tiers(JsonNode list, String path, boolean openEnded) {
        List<PriceSheet.Tier> tiers = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String at = path + "[" + i + "]";
            unknown(t, TIER, at);
            BigDecimal upTo = null;
            if (t.hasNonNull("upTo")) {
                try {
                    upTo = Money.gigabytes(
                            DataSize.parse(t.get("upTo").asText()).bytes());
                } catch (UnitFormatException e) {
                    error(at + ".upTo", e.getMessage(), "write a size such as \"10 TB\"");
                }
                if (upTo != null && upTo.compareTo(previous) <= 0) {
                    error(
                            at + ".upTo",
                            "tier bounds must grow: " + t.get("upTo").asText() + " is not above the previous tier",
                            "order the tiers from the smallest bound up");
                }
                previous = upTo == null ? previous : upTo;
            } else if (i < list.size() - 1) {
                error(at + ".upTo", "only the last tier may leave out \"upTo\"", "give this tier a bound");
            }
            Price p = price(t, "price", at, true, "GB");
            tiers.add(new PriceSheet.Tier(upTo, p));
        }
        if (!tiers.isEmpty() && tiers.get(tiers.size() - 1).upToGb() != null && !openEnded) {
            error(
                    path,
                    "the last tier has a bound, so volumes above it would have no price",
                    "remove \"upTo\" from the last tier, or say why in \"unpriced\": { \"" + path + "\": \"…\" }");
        }
        return tiers;
    }

    private PriceSheet.LogPricing logs(JsonNode node) {
        if (node == null || !node.isObject()) {
            error(
                    "logs",
                    "log prices are missing",
                    "add \"logs\": { \"price\": \"$0.50/GB\", \"bytesPerRequest\": \"500 B\" }");
            return null;
        }
        unknown(node, LOGS, "logs");
        Price p = price(node, "price", "logs", true, "GB", "M", "million");
        Long bytes = null;
        if (node.hasNonNull("bytesPerRequest")) {
            try {
                bytes = DataSize.parse(node.get("bytesPerRequest").asText()).bytes();
            } catch (UnitFormatException e) {
                error("logs.bytesPerRequest", e.getMessage(), "write a size such as \"500 B\"");
            }
        }
        if (p != null && p.per().equalsIgnoreCase("GB") && bytes == null) {
            error(
                    "logs.bytesPerRequest",
                    "logs priced per GB need the size of one log line",
                    "add \"bytesPerRequest\": \"500 B\", or price logs per million lines (\"$1.00/M\")");
        }
        if (p != null && !p.per().equalsIgnoreCase("GB")) {
            bytes = null;
        }
        return p == null ? null : new PriceSheet.LogPricing(p, bytes);
    }

    Price price(JsonNode parent, String field, String at, boolean required, String... pers) {
        String path = at.isEmpty() ? field : at + "." + field;
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                error(
                        path,
                        "the price \"" + field + "\" is missing",
                        "add it, for example \"" + example(pers[0])
                                + "\", or say why the source gives none in \"unpriced\": { \"" + field + "\": \"…\" }");
            }
            return null;
        }
        Price p;
        try {
            p = Price.parse(n.asText());
        } catch (UnitFormatException e) {
            error(path, e.getMessage(), "write a price such as \"" + example(pers[0]) + "\"");
            return null;
        }
        for (String per : pers) {
            if (per.equalsIgnoreCase(p.per())) {
                return p;
            }
        }
        error(
                path,
                "\"" + n.asText() + "\" is priced per " + p.per() + ", expected per " + String.join(" or per ", pers),
                "write a price such as \"" + example(pers[0]) + "\"");
        return null;
    }

    private static String example(String per) {
        return switch (per) {
            case "10k" -> "$0.0075/10k";
            case "GB-month" -> "$0.10/GB-month";
            case "month" -> "$500/month";
            default -> "$0.05/" + per;
        };
    }

    String text(JsonNode parent, String field, String at) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            error(at.isEmpty() ? field : at + "." + field, "expected text in quotes", "write \"" + field + "\": \"…\"");
            return null;
        }
        return n.asText();
    }

    void unknown(JsonNode node, Set<String> known, String at) {
        if (!node.isObject()) {
            error(at, "expected an object { … }", "compare with samples/pricing/illustrative.json");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                String near = Suggest.nearest(f, known);
                error(
                        at.isEmpty() ? f : at + "." + f,
                        "unknown field \"" + f + "\"",
                        near != null
                                ? "did you mean \"" + near + "\"?"
                                : "remove it; known fields here: " + Suggest.list(known));
            }
        }
    }

    void error(String path, String message, String fix) {
        problems.add(Problem.error(path, message, fix));
    }
}
