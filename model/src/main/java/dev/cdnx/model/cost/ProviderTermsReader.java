package dev.cdnx.model.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Price;
import dev.cdnx.model.units.UnitFormatException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the provider part of a price sheet ({@link ProviderTerms}): {@code source}, {@code read},
 * {@code free}, {@code invalidations}, {@code plan}, {@code addOns}, {@code monthlyMinimum} and
 * {@code unpriced}, reporting mistakes through the sheet's own reader so they carry the same place and fix.
 */
final class ProviderTermsReader {

    private static final Set<String> FREE = Set.of("egress", "requests");
    private static final Set<String> INVALIDATIONS = Set.of("free", "price");
    private static final Set<String> ADD_ON = Set.of("name", "monthly", "perGb");
    private static final Set<String> METERS =
            Set.of("requests", "originEgress", "midTier", "storage", "push", "pipelineOps", "logs");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final PriceSheetReader sheet;

    ProviderTermsReader(PriceSheetReader sheet) {
        this.sheet = sheet;
    }

    /** The {@code unpriced} map (meter → why); a key must name a meter that may be left out. */
    Map<String, String> unpriced(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            sheet.error(
                    "unpriced",
                    "expected an object of meter → why the source gives no figure",
                    "write \"unpriced\": { \"originEgress\": \"the source gives no figure\" }");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (!METERS.contains(key) && !key.startsWith("egress.")) {
                sheet.error(
                        "unpriced." + key,
                        "\"" + key + "\" is not a meter a sheet may leave unpriced",
                        "use one of " + String.join(", ", METERS) + " or egress.REGION");
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                sheet.error(
                        "unpriced." + key,
                        "say in words why the source gives no figure",
                        "write \"" + key + "\": \"the pricing page was not read for this\"");
            } else {
                out.put(
                        key.startsWith("egress.") ? key.toLowerCase(java.util.Locale.ROOT) : key,
                        e.getValue().asText());
            }
        }
        return out;
    }

    ProviderTerms read(JsonNode root, Map<String, String> unpriced) {
        String source = sheet.text(root, "source", "");
        String read = sheet.text(root, "read", "");
        if (read != null && !DATE.matcher(read).matches()) {
            sheet.error(
                    "read", "\"" + read + "\" is not a date", "write the day the source was read as \"2026-06-15\"");
        }
        if (read != null && source == null) {
            sheet.error(
                    "read", "a date read without a source", "add \"source\": the address the prices were read from");
        }
        BigDecimal freeGb = BigDecimal.ZERO;
        BigDecimal freeRequests = BigDecimal.ZERO;
        JsonNode free = root.get("free");
        if (free != null && !free.isNull()) {
            sheet.unknown(free, FREE, "free");
            freeGb = size(free, "egress", "free");
            freeRequests = count(free, "requests", "free");
        }
        ProviderTerms.Invalidations inv = null;
        JsonNode invNode = root.get("invalidations");
        if (invNode != null && !invNode.isNull()) {
            sheet.unknown(invNode, INVALIDATIONS, "invalidations");
            Price p = sheet.price(invNode, "price", "invalidations", true, "path");
            inv = p == null
                    ? null
                    : new ProviderTerms.Invalidations(
                            count(invNode, "free", "invalidations").longValue(), p);
        }
        Price plan = sheet.price(root, "plan", "", false, "month");
        Price minimum = sheet.price(root, "monthlyMinimum", "", false, "month");
        return new ProviderTerms(
                source, read, freeGb, freeRequests, inv, plan, addOns(root.get("addOns")), minimum, unpriced);
    }

    private List<ProviderTerms.AddOn> addOns(JsonNode node) {
        List<ProviderTerms.AddOn> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            sheet.error(
                    "addOns",
                    "add-ons are a list",
                    "write [ { \"name\": \"Argo\", \"monthly\": \"$5/month\", " + "\"perGb\": \"$0.10/GB\" } ]");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "addOns[" + i + "]";
            JsonNode a = node.get(i);
            sheet.unknown(a, ADD_ON, at);
            String name = sheet.text(a, "name", at);
            if (name == null || name.isBlank()) {
                sheet.error(at + ".name", "an add-on needs a name", "write \"name\": \"Argo Smart Routing\"");
            }
            Price monthly = sheet.price(a, "monthly", at, false, "month");
            Price perGb = sheet.price(a, "perGb", at, false, "GB");
            out.add(new ProviderTerms.AddOn(name, monthly, perGb));
        }
        return out;
    }

    private BigDecimal size(JsonNode parent, String field, String at) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return BigDecimal.ZERO;
        }
        try {
            return Money.gigabytes(DataSize.parse(n.asText()).bytes());
        } catch (UnitFormatException e) {
            sheet.error(at + "." + field, e.getMessage(), "write a size such as \"1 TB\"");
            return BigDecimal.ZERO;
        }
    }

    private BigDecimal count(JsonNode parent, String field, String at) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return BigDecimal.ZERO;
        }
        if (!n.isIntegralNumber() || n.asLong() < 0) {
            sheet.error(at + "." + field, "expected a whole number, not " + n, "write a count such as 10000000");
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(n.asLong());
    }
}
