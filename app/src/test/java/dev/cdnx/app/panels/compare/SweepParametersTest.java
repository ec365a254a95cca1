package dev.cdnx.app.panels.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.Samples;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every parameter the Compare panel offers, swept on hello-cdn over its default range (capacity from 100 MB):
 * the value text goes through the unit's one parser and lands in the scenario as the value, and the
 * runs differ in what that parameter must change (a capacity sweep once read "1.00 GB" as one byte and
 * gave 0.0 % hits at every value).
 */
class SweepParametersTest {

    private static final Scenario HELLO = Samples.load("hello-cdn", "duration=120s");
    private static final PriceSheet SHEET = PriceSheets.shipped("illustrative").sheet();

    @ParameterizedTest
    @EnumSource(SweepParameter.class)
    void theEndsOfEachRangeGiveDifferentResults(SweepParameter p) {
        // Two minutes of hello-cdn fill less than 1 GB of an edge: the capacity sweep starts below that.
        double from = p == SweepParameter.CACHE_CAPACITY ? 0.1 : p.defaultFrom();
        List<Double> values = p.values(from, p.defaultTo(), 2);
        List<SweepRunner.Row> rows = SweepRunner.run(HELLO, p, values, SHEET, n -> {}, () -> false);
        assertEquals(2, rows.size(), p.name());
        SweepRunner.Row a = rows.get(0);
        SweepRunner.Row b = rows.get(1);
        switch (p) {
            case TTL, TTL_JITTER -> assertDiffer(p, a, b, RunResult::revalidations);
            case CACHE_CAPACITY -> {
                assertTrue(a.run().hitRatio() > 0.2 && b.run().hitRatio() > 0.2, p + ": " + hits(rows));
                assertDiffer(p, a, b, r -> r.edgeTier().hitRatio());
            }
            case HEAD_SIZE -> assertDiffer(p, a, b, RunResult::pinnedBytes);
            case SHIELD, ALPHA -> assertDiffer(p, a, b, RunResult::originRequests);
            case ORIGIN_PRICE -> {
                assertEquals(a.run().originBytes(), b.run().originBytes(), "a price changes no traffic");
                assertNotEquals(a.monthlyCost(), b.monthlyCost(), p.name());
            }
            default -> throw new AssertionError("a parameter this test does not know: " + p);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = SweepParameter.class,
            names = {"TTL", "TTL_JITTER", "CACHE_CAPACITY", "ALPHA"})
    void eachValueTextReadsBackAsTheValue(SweepParameter p) {
        for (double v : p.values(p.defaultFrom(), p.defaultTo(), 5)) {
            Scenario s = ScenarioOverrides.apply(HELLO, p.assignments(HELLO, v));
            double back = switch (p) {
                case TTL -> s.policy.ttl.seconds();
                case TTL_JITTER -> s.policy.ttlJitter.seconds();
                case CACHE_CAPACITY -> s.topology.nodes.get(1).cache.capacity.bytes() / 1e9;
                default -> s.workload.alpha;
            };
            assertEquals(v, back, 1e-9, p + " " + p.text(v));
        }
        assertEquals(DataSize.parse("13.25 GB"), DataSize.parse(SweepParameter.CACHE_CAPACITY.text(13.25)));
        assertEquals(
                List.of("10s", "158s", "305s", "453s", "10m"),
                SweepParameter.TTL.values(10, 600, 5).stream()
                        .map(SweepParameter.TTL::text)
                        .toList(),
                "whole seconds in the file's duration form");
    }

    private static void assertDiffer(
            SweepParameter p, SweepRunner.Row a, SweepRunner.Row b, ToDoubleFunction<RunResult> metric) {
        assertNotEquals(
                metric.applyAsDouble(a.run()), metric.applyAsDouble(b.run()), p + " " + a.value() + " vs " + b.value());
    }

    private static String hits(List<SweepRunner.Row> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(r ->
                sb.append(r.value()).append(" → ").append(r.run().hitRatio()).append("; "));
        return sb.toString();
    }
}
