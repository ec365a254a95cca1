package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.cost.MonthlyVolumes.Quantity;
import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One worked example per provider sheet, computed by hand in the comments, so a changed tier, allowance or
 * fee shows up as a wrong cent. Volumes are typed directly (GB per region, requests, invalidation paths).
 */
class RealPriceSheetsTest {

    @Test
    void cloudFrontTakesTheFreeTerabyteOffThenPricesTierByTier() {
        // 100,000 GB served: na 60,000, eu 40,000. The free 1,000 GB is shared by GB: na 600, eu 400.
        // na billable 59,400: 10,000 × 0.085 = 850.00; 40,000 × 0.080 = 3,200.00; 9,400 × 0.060 = 564.00 → 4,614.00
        // eu billable 39,600: 10,000 × 0.085 = 850.00; 29,600 × 0.080 = 2,368.00 → 3,218.00
        // egress 4,614.00 + 3,218.00 = 7,832.00
        // invalidations: 1,500 paths − 1,000 free = 500 × $0.005 = 2.50
        // requests: not priced (the notes give only the free 10 M) → 0.00. Total 7,834.50.
        CostBreakdown b = bill("cloudfront", regions("na", "60000", "eu", "40000"), 50_000_000, 1_500);
        assertEquals(new BigDecimal("7832.00"), b.term("cdnEgress").amount());
        assertEquals(new BigDecimal("2.50"), b.term("invalidations").amount());
        assertEquals(new BigDecimal("0.00"), b.term("requests").amount());
        assertTrue(
                b.term("requests").formula().startsWith("not priced by this sheet"),
                b.term("requests").formula());
        assertEquals(new BigDecimal("7834.50"), b.total());
    }

    @Test
    void cloudFrontBillsNothingBeyondTheTierItsSourceStopsAtAndSaysHowMuch() {
        // apac 20,000 GB; the whole free 1,000 GB falls there → 19,000 billable.
        // first 10 TB at $0.120 = 1,200.00; the other 9,000 GB lie beyond the last known tier: unpriced.
        CostBreakdown b = bill("cloudfront", regions("apac", "20000"), 0, 0);
        assertEquals(new BigDecimal("1200.00"), b.term("cdnEgress").amount());
        CostInput gap = b.term("cdnEgress").inputs().stream()
                .filter(i -> i.name().equals("unpriced apac"))
                .findFirst()
                .orElseThrow();
        assertEquals("9,000", gap.value());
        // no purges: 0 paths, all within the free 1,000 → 0.00
        assertEquals(new BigDecimal("0.00"), b.term("invalidations").amount());
    }

    @Test
    void fastlyPricesNorthAmericaAndEuropeAndLeavesOtherRegionsUnpriced() {
        // na 3,000 GB × $0.12 = 360.00; apac 500 GB: no figure → 0.00 (listed as unpriced)
        // requests 20,000,000 ÷ 10,000 × $0.0075 = 15.00; 375.00 is above the $50 minimum → top-up 0.00
        CostBreakdown b = bill("fastly", regions("na", "3000", "apac", "500"), 20_000_000, 0);
        assertEquals(new BigDecimal("360.00"), b.term("cdnEgress").amount());
        assertEquals(new BigDecimal("15.00"), b.term("requests").amount());
        assertEquals(new BigDecimal("0.00"), b.term("minimum").amount());
        assertEquals(new BigDecimal("375.00"), b.total());
        assertTrue(b.term("cdnEgress").inputs().stream()
                .anyMatch(i -> i.name().equals("unpriced apac") && i.value().equals("500")));
    }

    @Test
    void fastlyTopsASmallMonthUpToItsMinimum() {
        // eu 200 GB × $0.12 = 24.00; 1,000,000 requests ÷ 10,000 × $0.0075 = 0.75; lines 24.75
        // minimum $50 − 24.75 = 25.25 top-up → total 50.00
        CostBreakdown b = bill("fastly", regions("eu", "200"), 1_000_000, 0);
        assertEquals(new BigDecimal("25.25"), b.term("minimum").amount());
        assertEquals(new BigDecimal("50.00"), b.total());
    }

    @Test
    void cloudflarePlansAreFlatWhateverTheTraffic() {
        // 500,000 GB at $0/GB = 0.00; Pro plan $20 → 20.00; Business plan $200 → 200.00
        assertEquals(
                new BigDecimal("20.00"),
                bill("cloudflare-pro", regions("na", "500000"), 9_000_000_000L, 3)
                        .total());
        assertEquals(
                new BigDecimal("200.00"),
                bill("cloudflare-business", regions("eu", "500000"), 1, 0).total());
    }

    @Test
    void argoAddsAMonthlyFeeAndAPricePerGigabyteOnTopOfThePlan() {
        // plan 20.00 + Argo $5 + 500,000 GB × $0.10 = 50,005.00 → total 50,025.00
        CostBreakdown b = bill("cloudflare-pro-argo", regions("na", "300000", "apac", "200000"), 0, 0);
        assertEquals(new BigDecimal("20.00"), b.term("plan").amount());
        assertEquals(new BigDecimal("50005.00"), b.term("addOns").amount());
        assertEquals(new BigDecimal("50025.00"), b.total());
    }

    @Test
    void everyProviderSheetNamesItsSourceAndTheDateItWasRead() {
        for (String name : PriceSheets.PROVIDERS) {
            SheetLoad load = PriceSheets.shipped(name);
            assertTrue(load.ok(), load.describe());
            ProviderTerms p = load.sheet().provider();
            assertNotNull(p.source(), name);
            assertTrue(p.read().matches("\\d{4}-\\d{2}-\\d{2}"), name);
            assertFalse(load.sheet().label().contains("llustrative"), name);
        }
    }

    @Test
    void illustrativeSheetsKeepTheirEightLines() {
        assertEquals(
                8, bill("illustrative", regions("na", "1000"), 1000, 5).terms().size());
    }

    @Test
    void aMissingMeterMustSayWhyTheSourceGivesNone() {
        String text = "{ \"label\": \"x\", \"egress\": { \"default\": [ { \"price\": \"$0/GB\" } ] },"
                + " \"originEgress\": \"$0/GB\", \"storage\": \"$0/GB-month\", \"push\": \"$0/GB\","
                + " \"pipelineOps\": \"$0/month\", \"logs\": { \"price\": \"$1/M\" } }";
        SheetLoad bad = PriceSheets.parse(text, "x.json");
        assertFalse(bad.ok());
        assertTrue(bad.describe().contains("say why the source gives none in \"unpriced\""), bad.describe());
        SheetLoad good = PriceSheets.parse(
                text.replace("{ \"label\"", "{ \"unpriced\": { \"requests\": \"not read\" }, \"label\""), "x.json");
        assertTrue(good.ok(), good.describe());
    }

    static CostBreakdown bill(String sheet, Map<String, Quantity> regions, long requests, long paths) {
        PriceSheet s = PriceSheets.shipped(sheet).sheet();
        MonthlyVolumes v = new MonthlyVolumes(
                DeliveryModel.PULL,
                "typed",
                BigDecimal.ONE,
                "test",
                regions,
                new Quantity(BigDecimal.valueOf(requests), "requests", "test"),
                Quantity.zero("GB", "test"),
                Quantity.zero("GB", "test"),
                Quantity.zero("GB", "test"),
                Quantity.zero("locations", "test"),
                Quantity.zero("GB", "test"),
                0.9,
                Double.NaN,
                1.0,
                new Quantity(BigDecimal.valueOf(paths), "paths", "test"));
        return CostModel.breakdown(v, s);
    }

    static Map<String, Quantity> regions(String... regionAndGb) {
        Map<String, Quantity> out = new LinkedHashMap<>();
        for (int i = 0; i < regionAndGb.length; i += 2) {
            out.put(regionAndGb[i], new Quantity(new BigDecimal(regionAndGb[i + 1]), "GB", "test"));
        }
        return out;
    }
}
