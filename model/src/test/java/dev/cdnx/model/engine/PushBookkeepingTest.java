package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Push coverage and pinned bytes count verified copies only: an object half sent is not there yet. */
class PushBookkeepingTest {

    /** The bundle as forty 1 GB files, so one file takes 8 s at 1 Gbps. */
    private static final String GIGABYTE_FILES = "workload.classes[1].size.mean=\"1 GB\"";

    private static final String FORTY_FILES = "workload.classes[1].objects=40";

    @Test
    void coverageCountsVerifiedObjectsNotBytesOnTheWire() {
        // 1 GB objects at 1 Gbps: one every 8 s. At 44 s five are verified and the sixth is half sent.
        RunResult r = Samples.run(
                "patch-day", "duration=44s", "delivery.push.bandwidth=\"1 Gbps\"", GIGABYTE_FILES, FORTY_FILES);
        assertEquals(5.0 / 40.0, r.pushCoverage(), 1e-9);
        assertEquals(44_000_000_000L * 20 / 8, r.pushedBytes(), "bytes sent do include the half-sent one");
    }

    @Test
    void pinnedBytesAreTheVerifiedCopiesOnly() {
        RunResult r = Samples.run(
                "patch-day", "duration=44s", "delivery.push.bandwidth=\"1 Gbps\"", GIGABYTE_FILES, FORTY_FILES);
        assertEquals(5_000_000_000L * 20, r.pinnedBytes(), "5 verified 1 GB copies at each of 20 shields");
    }

    @Test
    void theLiveViewPinsWhatIsVerified() {
        Simulation sim = new Simulation(Samples.load(
                "patch-day", "duration=60s", "delivery.push.bandwidth=\"1 Gbps\"", GIGABYTE_FILES, FORTY_FILES));
        sim.runUntil(44);
        assertEquals(5.0 / 40.0, sim.snapshot().pushCoverage(), 1e-9);
    }

    @Test
    void anEmptyPushSetCoversNothing() {
        RunResult r =
                Samples.run("hello-cdn", "duration=30s", "delivery.model=hybrid", "delivery.hybrid.headObjects=0");
        assertEquals(0.0, r.pushCoverage(), 1e-9);
        assertEquals(0, r.pinnedBytes());
        assertEquals(0, r.pushedBytes());
    }
}
