package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventPacingTest {

    private static final double[] EVENTS = {300, 360};

    @Test
    void farFromEventsTheUsersSpeedStands() {
        assertEquals(50, EventPacing.speedAt(100, EVENTS, 50));
        assertEquals(Double.POSITIVE_INFINITY, EventPacing.speedAt(100, EVENTS, Double.POSITIVE_INFINITY));
    }

    @Test
    void theSpeedEasesDownToAQuarterAtTheEventHoldsAndEasesBackUp() {
        assertEquals(0.25, EventPacing.speedAt(300, EVENTS, 50), 1e-12);
        assertEquals(0.25, EventPacing.speedAt(300.9, EVENTS, 50), 1e-12);
        double approaching = EventPacing.speedAt(297.5, EVENTS, 50);
        assertEquals(0.25 * Math.sqrt(200), approaching, 1e-9, "half way in log terms");
        assertTrue(EventPacing.speedAt(299, EVENTS, 50) < approaching);
        assertTrue(EventPacing.speedAt(304, EVENTS, 50) > 0.25 && EventPacing.speedAt(304, EVENTS, 50) < 50);
        assertEquals(50, EventPacing.speedAt(306.5, EVENTS, 50));
    }

    @Test
    void asFastAsPossibleEasesFromTheFastestFiniteSpeedAndSlowUsersAreLeftAlone() {
        double s = EventPacing.speedAt(297.5, EVENTS, Double.POSITIVE_INFINITY);
        assertEquals(0.25 * Math.sqrt(EventPacing.FASTEST_FINITE / 0.25), s, 1e-6);
        assertEquals(0.1, EventPacing.speedAt(300, EVENTS, 0.1));
    }
}
