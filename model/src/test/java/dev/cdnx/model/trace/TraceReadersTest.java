package dev.cdnx.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.cache.LongIntIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on the shared example traces, and on broken files written here. */
class TraceReadersTest {

    @TempDir
    Path dir;

    private static long[][] readAll(Path p, TraceFormat f, TraceOptions o) throws IOException {
        long[] ids = new long[1024];
        long[] sizes = new long[1024];
        long[] times = new long[1024];
        int n = 0;
        try (TraceReader r = Traces.open(p, f, o)) {
            while (r.next()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                    sizes = Arrays.copyOf(sizes, n * 2);
                    times = Arrays.copyOf(times, n * 2);
                }
                ids[n] = r.id();
                sizes[n] = r.size();
                times[n++] = r.time();
            }
        }
        return new long[][] {Arrays.copyOf(ids, n), Arrays.copyOf(sizes, n), Arrays.copyOf(times, n)};
    }

    @Test
    void allCloudPhysicsFormatsAgree() throws IOException {
        long[][] vscsi = readAll(SharedData.require("traces/cloudPhysicsIO.vscsi"), TraceFormat.VSCSI, null);
        long[][] csv = readAll(SharedData.require("traces/cloudPhysicsIO.csv"), TraceFormat.CSV, null);
        long[][] printed =
                readAll(SharedData.require("traces/cloudPhysicsIO.vscsi.timestamp_id_size.csv"), TraceFormat.CSV, null);
        long[][] txt = readAll(SharedData.require("traces/cloudPhysicsIO.txt"), TraceFormat.TXT, null);
        long[][] oracle = readAll(
                SharedData.require("traces/cloudPhysicsIO.oracleGeneral.bin"), TraceFormat.ORACLE_GENERAL, null);
        long[][] oraclePrinted = readAll(
                SharedData.require("traces/cloudPhysicsIO.oracleGeneral.timestamp_id_size.csv"), TraceFormat.CSV, null);
        assertEquals(113_872, vscsi[0].length);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(vscsi[k], csv[k], "vscsi and csv, field " + k);
            assertArrayEquals(vscsi[k], printed[k], "vscsi and tracePrint output, field " + k);
            assertArrayEquals(oracle[k], oraclePrinted[k], "oracleGeneral and tracePrint output, field " + k);
        }
        assertArrayEquals(vscsi[0], txt[0], "txt ids");
        assertArrayEquals(vscsi[0], oracle[0], "oracleGeneral ids");
        assertEquals(4_205_978_112L, Arrays.stream(vscsi[1]).sum());
        assertEquals(4_368_040_448L, Arrays.stream(oracle[1]).sum());
        assertEquals(1, Arrays.stream(txt[1]).max().getAsLong());
        assertEquals(5_633_898, vscsi[2][0]);
        assertEquals(5_641_098, vscsi[2][vscsi[2].length - 1]);
    }

    private static void assertArrayEquals(long[] a, long[] b, String what) {
        assertEquals(a.length, b.length, what + ": lengths");
        assertTrue(Arrays.equals(a, b), what);
    }

    @Test
    void explicitColumnsReadTheCsvLikeLibCacheSim() throws IOException {
        TraceOptions o = new TraceOptions(TextColumns.parse("time=2,id=5,size=4"), ',', true, false);
        long[][] csv = readAll(SharedData.require("traces/cloudPhysicsIO.csv"), TraceFormat.CSV, o);
        long[][] vscsi = readAll(SharedData.require("traces/cloudPhysicsIO.vscsi"), TraceFormat.VSCSI, null);
        assertArrayEquals(vscsi[0], csv[0], "ids");
        assertArrayEquals(vscsi[1], csv[1], "sizes");
    }

    @Test
    void webcachesimTraceIsReadAsSpaceSeparatedTimeIdSize() throws IOException {
        Path p = SharedData.require("traces/test.tr");
        try (TraceReader r = Traces.open(p, TraceFormat.CSV, null)) {
            Traces.WorkingSet ws = Traces.workingSet(r, false);
            assertEquals(10_492, ws.requests());
            assertEquals(960, ws.objects());
            assertEquals(1_735, ws.bytes());
        }
        long[][] t = readAll(p, TraceFormat.CSV, null);
        assertEquals(109, t[2][0]);
        assertEquals(26, t[0][0]);
        assertEquals(1, t[1][0]);
    }

    @Test
    void garbageLineGivesOneMessageWithFileLineContentAndFix() throws IOException {
        Path p = write("bad.csv", "time,id,size\n1,10,100\n2,abc,100\n3,11,100\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(p, TraceFormat.CSV, null));
        String m = e.getMessage();
        assertTrue(
                m.contains(p.toString())
                        && m.contains("line 3")
                        && m.contains("2,abc,100")
                        && m.contains("--columns")
                        && m.contains("--skip-bad-lines")
                        && m.contains("\"abc\""),
                m);
        assertFalse(m.contains("\n"), "one line");
        try (TraceReader r = Traces.open(p, TraceFormat.CSV, TraceOptions.DEFAULT.withSkipBadLines(true))) {
            assertEquals(2, Traces.workingSet(r, false).requests());
            assertEquals(1, r.skippedRecords());
        }
    }

    @Test
    void wrongColumnCountIsNamed() {
        Path p = write("short.csv", "1,10,100\n2,11\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(p, TraceFormat.CSV, null));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("has 2 columns"), e.getMessage());
    }

    @Test
    void txtRefusesSeveralColumnsAndNonNumbers() {
        Path p = write("ids.txt", "1\n2\nthree\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(p, TraceFormat.TXT, null));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("three"), e.getMessage());
        Path q = write("two.txt", "1\n2 5\n");
        e = assertThrows(TraceFormatException.class, () -> readAll(q, TraceFormat.TXT, null));
        assertTrue(e.getMessage().contains("--format csv"), e.getMessage());
    }

    @Test
    void textEdgesZeroSizesCrlfBlankLinesAndNoFinalNewline() throws IOException {
        Path p = write(
                "edges.csv",
                "\uFEFFtimestamp,object_id,object_size\r\n5,1,0\r\n\r\n6,2,7\r\n7.5,18446744073709551615,3");
        long[][] t = readAll(p, TraceFormat.CSV, null);
        assertEquals(2, t[0].length);
        assertEquals(2, t[0][0]);
        assertEquals(-1, t[0][1], "20-digit ids wrap as unsigned 64-bit");
        assertEquals(7, t[2][1]);
    }

    @Test
    void truncatedBinaryIsRefusedOrSkipped() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 * 3 + 10).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1).putLong(100).putInt(512).putLong(-1);
        b.putInt(2).putLong(101).putInt(0).putLong(-1); // size 0: skipped
        b.putInt(3).putLong(102).putInt(4096).putLong(-1);
        Path p = dir.resolve("cut.oracleGeneral");
        Files.write(p, b.array());
        TraceFormatException e =
                assertThrows(TraceFormatException.class, () -> readAll(p, TraceFormat.ORACLE_GENERAL, null));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("24-byte"), e.getMessage());
        long[][] t = readAll(p, TraceFormat.ORACLE_GENERAL, TraceOptions.DEFAULT.withSkipBadLines(true));
        assertEquals(2, t[0].length);
        assertEquals(102, t[0][1]);
        assertEquals(4096, t[1][1]);
    }

    @Test
    void vscsiOfAnotherVersionIsRefused() throws IOException {
        Path p = dir.resolve("v2.vscsi");
        Files.write(p, new byte[64]);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(p, TraceFormat.VSCSI, null));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    @Test
    void emptyFilesAreEmptyTraces() throws IOException {
        assertEquals(0, readAll(write("empty.csv", ""), TraceFormat.CSV, null)[0].length);
        Path bin = dir.resolve("empty.bin");
        Files.write(bin, new byte[0]);
        assertEquals(0, readAll(bin, TraceFormat.ORACLE_GENERAL, null)[0].length);
    }

    @Test
    void columnsAndFormatsParseWithHelpfulMessages() {
        assertEquals(new TextColumns(2, 5, 4), TextColumns.parse("time=2,id=5,size=4"));
        assertEquals(new TextColumns(1, 2, 3), TextColumns.parse("time-col=1,obj-id-col=2,obj-size-col=3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TextColumns.parse("time=2"))
                .getMessage()
                .contains("id column"));
        assertEquals(TraceFormat.ORACLE_GENERAL, TraceFormat.parse("oraclegeneral"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TraceFormat.parse("parquet"))
                .getMessage()
                .contains("oracleGeneral, vscsi, csv, txt"));
        LongIntIndex unused = new LongIntIndex(1);
        assertEquals(0, unused.size());
    }

    private Path write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
