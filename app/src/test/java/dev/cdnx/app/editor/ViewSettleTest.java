package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the view counts as settled; pulses are fed by hand with made-up times, so no test waits. */
class ViewSettleTest {

    private static final long MS = 1_000_000L;

    private int settled;
    private final ViewSettle settle = new ViewSettle(() -> settled++, false);

    @Test
    void aGestureOnASlowMachineNeverSettlesBetweenItsFrames() {
        // 300 ms per frame (a loaded machine), the view moving in every one of them: still one gesture.
        long t = 0;
        for (int frame = 0; frame < 50; frame++) {
            settle.moved();
            settle.pulse(t);
            t += 300 * MS;
        }
        assertEquals(0, settled, "a frame of a gesture in progress was taken for the view at rest");
        assertTrue(settle.isMoving());
    }

    @Test
    void theViewSettlesOnceAfterItHasBeenStillLongEnough() {
        settle.moved();
        settle.pulse(0);
        settle.pulse(16 * MS);
        settle.pulse(100 * MS);
        assertEquals(0, settled, "still for 100 ms only");
        settle.pulse(170 * MS);
        assertEquals(1, settled);
        assertFalse(settle.isMoving());
        settle.pulse(400 * MS);
        assertEquals(1, settled, "at rest, later pulses report nothing new");
    }

    @Test
    void onASlowMachineTwoStillPulsesAreEnough() {
        settle.moved();
        settle.pulse(0);
        settle.pulse(400 * MS);
        assertEquals(0, settled, "one still pulse could be a gap between two moves");
        settle.pulse(800 * MS);
        assertEquals(1, settled);
    }
}
