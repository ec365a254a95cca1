package dev.cdnx.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W-TinyLFU's sketch counts depend on the hash, so it must be libCacheSim's: the expected values are the low
 * 32 bits of XXH64 of the id's 8 bytes under libCacheSim's HASH_SEED0 and HASH_SEED1, printed by a C program
 * compiled against libCacheSim's own xxhash.h.
 */
class XxHash64Test {

    @ParameterizedTest
    @CsvSource({
        "0, 972412019, 3092930169",
        "1, 2721530007, 3411563711",
        "42, 878736933, 406870152",
        "123456789, 3162077990, 3134705060",
        "-1, 1830715049, 2996653383",
    })
    void lowBitsEqualLibCacheSims(long id, long seed0, long seed1) {
        assertEquals(seed0, XxHash64.hash8(id, 0x12345678L) & 0xFFFFFFFFL);
        assertEquals(seed1, XxHash64.hash8(id, 0x12344321L) & 0xFFFFFFFFL);
    }
}
