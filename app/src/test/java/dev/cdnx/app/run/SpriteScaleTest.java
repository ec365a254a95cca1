package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The two-lane scaling of a premultiplied colour equals the plain per-channel division, for every value. */
class SpriteScaleTest {

    @Test
    void everyChannelValueAndEveryFactorScaleAsByDivision() {
        for (int v = 0; v <= 255; v++) {
            // each channel its own value, so a carry from one lane into the next would show
            int c = v << 24 | (255 - v) << 16 | (v * 7 & 0xFF) << 8 | (v * 13 + 5 & 0xFF);
            for (int k = 0; k <= 255; k++) {
                int expected = Sprite.scaleByDivision(c, k);
                int actual = Sprite.scale(c, k);
                if (expected != actual) {
                    assertEquals(
                            Integer.toHexString(expected), Integer.toHexString(actual), "colour " + c + " times " + k);
                }
            }
        }
    }

    @Test
    void fullFactorKeepsTheColourAndZeroClearsIt() {
        assertEquals(0x80402010, Sprite.scale(0x80402010, 255));
        assertEquals(0, Sprite.scale(0xFFFFFFFF, 0));
    }
}
