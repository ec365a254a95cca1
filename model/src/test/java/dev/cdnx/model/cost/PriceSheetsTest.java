package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceSheetsTest {

    @Test
    void shippedResourcesAreCopiesOfTheSampleSheets() throws IOException {
        for (String name : PriceSheets.SHIPPED) {
            Path file = TestScenarios.samples().resolve("pricing/" + name + ".json");
            try (InputStream in = PriceSheets.class.getResourceAsStream("/pricing/" + name + ".json")) {
                assertNotNull(in, "resource for " + name);
                assertEquals(
                        Files.readString(file),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "model/src/main/resources/pricing/" + name + ".json must equal samples/pricing/" + name
                                + ".json: copy the sample over the resource");
            }
        }
    }

    @Test
    void everyIllustrativeSheetLoadsAndSaysItIsIllustrative() {
        for (String name : PriceSheets.ILLUSTRATIVE) {
            SheetLoad load = PriceSheets.shipped(name);
            assertTrue(load.ok(), load.describe());
            assertTrue(load.sheet().label().toLowerCase(Locale.ROOT).contains("illustrative"));
            assertTrue(load.sheet().label().contains("not any provider"));
        }
    }

    @Test
    void apacAndSouthAmericaCostTwoToFourTimesNorthAmerica() {
        for (String name : PriceSheets.ILLUSTRATIVE) {
            PriceSheet s = PriceSheets.shipped(name).sheet();
            BigDecimal na = s.egressTiers("na").get(0).price().amount();
            for (String far : List.of("apac", "sa")) {
                BigDecimal ratio = s.egressTiers(far).get(0).price().amount().divide(na, Money.MC);
                assertTrue(
                        ratio.compareTo(BigDecimal.valueOf(2)) >= 0 && ratio.compareTo(BigDecimal.valueOf(4)) <= 0,
                        name + " " + far + " ratio " + ratio);
            }
        }
    }

    @Test
    void bareNameIsFoundBesideTheScenarioThenInTheJar(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pricing"));
        String text = Files.readString(TestScenarios.samples().resolve("pricing/illustrative.json"))
                .replace("\"$0.05/GB\"", "\"$0.07/GB\"");
        Files.writeString(dir.resolve("pricing/mine.json"), text);
        assertEquals(
                new BigDecimal("0.07"),
                PriceSheets.locate("mine", dir).sheet().originEgress().amount());
        assertTrue(PriceSheets.locate("illustrative", dir).ok());
        SheetLoad missing = PriceSheets.locate("nope", dir);
        assertFalse(missing.ok());
        assertTrue(missing.describe().contains("no price sheet \"nope\""), missing.describe());
    }

    @Test
    void mistakesArePlacedAndExplained() {
        String text = """
                      {
                        "label": "x",
                        "currency": "USD",
                        "egres": {},
                        "requests": "$0.0075/GB",
                        "originEgress": "cheap"
                      }
                      """;
        SheetLoad load = PriceSheets.parse(text, "bad.json");
        assertFalse(load.ok());
        String all = load.describe();
        assertTrue(
                all.contains("bad.json:4:3: error: egres: unknown field \"egres\". Fix: did you mean \"egress\"?"),
                all);
        assertTrue(all.contains("requests: \"$0.0075/GB\" is priced per GB, expected per 10k"), all);
        assertTrue(all.contains("bad.json:6:"), all);
        assertTrue(load.problems().stream().allMatch(Problem::isError));
    }

    @Test
    void brokenJsonIsOneProblem() {
        SheetLoad load = PriceSheets.parse("{ \"label\": ", "cut.json");
        assertEquals(1, load.problems().size());
        assertTrue(load.describe().startsWith("cut.json:1:"), load.describe());
    }

    @Test
    void tiersAreGraduated() {
        PriceSheet s = TestScenarios.illustrative();
        // 20 TB in na: 10,000 GB × $0.085 + 10,000 GB × $0.060 = $1,450.
        assertEquals(
                new BigDecimal("1450.00"), Money.cents(CostModel.tiered(new BigDecimal("20000"), s.egressTiers("na"))));
        assertEquals("default", s.pricedAs("mars"));
    }
}
