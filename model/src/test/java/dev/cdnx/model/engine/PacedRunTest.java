package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacedRunTest {

    private final AtomicLong clock = new AtomicLong();

    @Test
    void simulatedTimeFollowsWallTimeTimesSpeed() {
        PacedRun run = new PacedRun(new Simulation(Samples.load("hello-cdn")), clock::get);
        run.setSpeed(10);
        run.play();
        clock.addAndGet(2_000_000_000L);
        assertEquals(20.0, run.advance(), 1e-9, "2 s of wall time at 10× is 20 s simulated");
        run.pause();
        clock.addAndGet(5_000_000_000L);
        assertEquals(20.0, run.advance(), 1e-9, "paused: time stands still");
        run.play();
        clock.addAndGet(1_000_000_000L);
        assertEquals(30.0, run.advance(), 1e-9);
    }

    @Test
    void stepsByOneEventAndByOneRequest() {
        Simulation sim = new Simulation(Samples.load("hello-cdn"));
        assertTrue(sim.step());
        assertEquals(1, sim.events());
        long before = sim.result().requests();
        assertTrue(sim.stepRequest());
        assertEquals(before + 1, sim.result().requests());
    }

    @Test
    void infiniteSpeedRunsInSlicesToTheEnd() {
        PacedRun run = new PacedRun(new Simulation(Samples.load("single-request")), clock::get);
        run.setSpeed(Double.POSITIVE_INFINITY);
        run.play();
        run.advance();
        assertEquals(30.0, run.simulation().now(), 1e-9);
        assertFalse(run.playing(), "finished");
    }
}
