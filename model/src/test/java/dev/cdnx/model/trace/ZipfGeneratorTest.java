package dev.cdnx.model.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.cache.LongIntIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recipe in shared/traces/README.md must reproduce its published unique counts, id sums, first ids and SHA-256. */
class ZipfGeneratorTest {

    @ParameterizedTest(name = "alpha {0}")
    @CsvSource({
        "0.8, 96547, 18312215905, 26115 71 472 1055 3, f1f46ff85ee9db66acd0ff8fa331dfd85485fc1ed80c7574b6d5590269736c22",
        "1.0, 80759, 8288129242, 4396 4 16 36 1, b0b80ae79efcfe218d43a977877053fe8cdcd511e0a8ab8aa1bd22200d3f894c",
    })
    void reproducesTheReadmeTraces(double alpha, int unique, long idSum, String firstIds, String sha256)
            throws Exception {
        ZipfGenerator zipf = new ZipfGenerator(100_000, alpha, 42);
        LongIntIndex seen = new LongIntIndex(1 << 17);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long sum = 0;
        long[] first = new long[5];
        for (int i = 0; i < 1_000_000; i++) {
            long id = zipf.nextId();
            if (i < 5) {
                first[i] = id;
            }
            sum += id;
            seen.put(id, 0);
            digest.update((id + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        long[] expectedFirst = java.util.Arrays.stream(firstIds.split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
        assertArrayEquals(expectedFirst, first, "first ids");
        assertEquals(unique, seen.size(), "unique ids");
        assertEquals(idSum, sum, "sum of ids");
        assertEquals(sha256, HexFormat.of().formatHex(digest.digest()), "SHA-256 of the text form");
    }
}
