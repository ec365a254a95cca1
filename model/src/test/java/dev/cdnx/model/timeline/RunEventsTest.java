package dev.cdnx.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.PurgeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden events of the reference stories (SPEC S7), computed the way the CLI and the live run do. */
class RunEventsTest {

    static Scenario sample(String name) {
        return ScenarioIO.read(SharedData.projectDir().resolve("samples/" + name + ".json"))
                .orThrow();
    }

    private static List<RunEvent> ofKind(List<RunEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void theHerdShowsItsPrewarmItsExpiryWaveAtTheTtlAndTheOriginOverload() {
        Scenario s = sample("thundering-herd");
        s.duration = SimDuration.ofSeconds(3700);
        List<RunEvent> events = RunEvents.of(s, new Simulation(s).run());
        assertEquals(
                List.of(EventKind.PREWARM, EventKind.EXPIRY_WAVE, EventKind.OVERLOAD),
                events.stream().map(RunEvent::kind).toList());
        RunEvent wave = ofKind(events, EventKind.EXPIRY_WAVE).get(0);
        assertEquals(3600, wave.time(), 1e-9);
        assertEquals(
                "288 revalidations within 3 s at the edges: copies stored together run out together"
                        + " (homepage's max-age=3600)",
                wave.text());
        assertEquals(200, wave.nodes().size());
        RunEvent over = ofKind(events, EventKind.OVERLOAD).get(0);
        assertEquals(3600, over.time(), 1e-9);
        assertEquals(
                "227 origin requests in 1 s against a capacity of 100/s (origin-us-east); 479 user errors",
                over.text());
        assertEquals(List.of("origin-us-east"), over.nodes());
        assertEquals("the top 1 object is preloaded at 200 edges", events.get(0).text());
    }

    @Test
    void beforeTheRunTheHerdsWaveIsExpectedAtTheTtlAndJitterSaysItSpreads() {
        Scenario s = sample("thundering-herd");
        RunEvent wave = RunEvents.planned(s).get(1);
        assertEquals(EventKind.EXPIRY_WAVE, wave.kind());
        assertEquals(3600, wave.time(), 1e-9);
        assertEquals("the copies pre-warmed together expire together (homepage's max-age=3600)", wave.text());
        s.policy.ttlJitter = SimDuration.ofSeconds(300);
        assertTrue(RunEvents.planned(s).get(1).text().endsWith("; the ±5m TTL jitter spreads them out"));
    }

    @Test
    void theShieldCollapsesTheViralFirstSecondToOneOriginFetch() {
        Scenario s = sample("viral-shield");
        List<RunEvent> events = RunEvents.of(s, new Simulation(s).run());
        RunEvent flash = ofKind(events, EventKind.FLASH_CROWD).get(0);
        assertEquals(60, flash.time(), 1e-9);
        assertEquals("200 users nodes ask for object 1 at +5/s each for 1m", flash.text());
        RunEvent first = ofKind(events, EventKind.FIRST_ORIGIN_FETCH).get(0);
        assertEquals(60, first.time(), 1e-9);
        assertEquals(
                "the flash crowd on object 1 reaches the origin: 1 origin fetch in 1 s, 200 users nodes asking",
                first.text());
        assertTrue(ofKind(events, EventKind.OVERLOAD).isEmpty());
    }

    @Test
    void withoutTheShieldTheViralFirstSecondCostsTheOrigin187Fetches() {
        Scenario s = sample("viral-no-shield");
        RunEvent first = ofKind(RunEvents.of(s, new Simulation(s).run()), EventKind.FIRST_ORIGIN_FETCH)
                .get(0);
        assertEquals(60, first.time(), 1e-9);
        assertTrue(first.text().contains(": 187 origin fetches in 1 s"), first.text());
    }

    @Test
    void aProviderOutageBehindDnsSteeringFailsOverOneTtlLater() {
        List<RunEvent> events = RunEvents.planned(sample("multi-cdn"));
        assertEquals(2, events.size());
        RunEvent fault = events.get(0);
        assertEquals(300, fault.time(), 1e-9);
        assertEquals(EventKind.FAULT, fault.kind());
        assertEquals("provider-a (4 nodes) goes down; its caches are lost", fault.text());
        RunEvent failover = events.get(1);
        assertEquals(EventKind.DNS_FAILOVER, failover.kind());
        assertEquals(360, failover.time(), 1e-9);
        assertEquals(
                "dns-steering's answers for provider-a (TTL 1m) have all expired; users now land on provider-b",
                failover.text());
        assertTrue(failover.nodes().containsAll(List.of("dns-steering", "edge-b-london")));
    }

    @Test
    void patchDayPushesItsHeadToTheShieldsAndLaunchesTheBundle() {
        List<RunEvent> events = RunEvents.planned(sample("patch-day"));
        assertEquals(
                List.of(EventKind.PUSH, EventKind.LAUNCH),
                events.stream().map(RunEvent::kind).toList());
        assertEquals(600, events.get(1).time(), 1e-9);
        assertTrue(
                events.get(1).text().contains("content class bundle at +30/s"),
                events.get(1).text());
    }

    @Test
    void purgesAndRecoveriesComeFromTheTimelineAndLateOnesAreLeftOut() {
        Scenario s = sample("hello-cdn");
        String edge = s.topology.nodes.stream()
                .filter(n -> n.kind.caches())
                .findFirst()
                .orElseThrow()
                .name;
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(30), edge, "down"));
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(90), edge, "up"));
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(99_999), edge, "down"));
        PurgeSpec p = new PurgeSpec();
        p.at = SimDuration.ofSeconds(45);
        p.by = "tag";
        p.value = "news";
        s.purges.add(p);
        List<RunEvent> events = RunEvents.planned(s);
        assertEquals(
                List.of(EventKind.FAULT, EventKind.PURGE, EventKind.RECOVERY),
                events.stream().map(RunEvent::kind).toList());
        assertEquals(edge + " comes back up with cold caches", events.get(2).text());
        assertEquals(
                "by tag \"news\"; every cache drops the matches 5s later",
                events.get(1).text());
        assertEquals(45, RunEvents.next(events, 30, 0.5).time(), 1e-9);
        assertEquals(30, RunEvents.previous(events, 45, 0.5).time(), 1e-9);
        assertNull(RunEvents.next(events, 90, 0.5));
    }
}
