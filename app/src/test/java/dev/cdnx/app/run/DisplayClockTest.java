package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayClockTest {

    private static final long FRAME = 16_666_667L;

    @Test
    void playingFollowsWallTimeTimesSpeed() {
        assertEquals(10 + 2 * FRAME * 1e-9, DisplayClock.advance(10, 20, 2, true, FRAME), 1e-12);
    }

    @Test
    void neverPassesTheEngine() {
        assertEquals(10.01, DisplayClock.advance(10, 10.01, 100, true, FRAME), 0);
        assertEquals(12, DisplayClock.advance(12, 11, 1, true, FRAME), 0, "the engine restarted behind");
    }

    @Test
    void asFastAsPossibleShowsTheEnginesTime() {
        assertEquals(55, DisplayClock.advance(3, 55, Double.POSITIVE_INFINITY, true, FRAME), 0);
    }

    @Test
    void pausedGlidesToAStepQuickly() {
        double shown = 10;
        for (int frame = 0; frame < 15; frame++) {
            shown = DisplayClock.advance(shown, 11, 1e-6, false, FRAME);
        }
        assertEquals(0.65, shown - 10, 0.02, "two thirds of the way after a quarter of a second");
        for (int frame = 15; frame < 60; frame++) {
            shown = DisplayClock.advance(shown, 11, 1e-6, false, FRAME);
        }
        assertEquals(11, shown, 0.02, "all but a trace after a second");
    }
}
