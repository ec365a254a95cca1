package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format imports its generated log to the same known answers; regions come from edges or countries. */
class TrafficImportTest {

    @TempDir
    Path dir;

    private final SyntheticLogs gen = new SyntheticLogs(4000, 500, 0.9, 7);

    private Workload importAs(Path file, LogFormat expected) throws IOException {
        assertEquals(expected, TrafficImport.resolve(file, LogFormat.AUTO), "detected format");
        return TrafficImport.run(file, ImportOptions.AUTO, ImportListener.NONE);
    }

    private void assertCatalog(Workload w) {
        assertEquals(4000, w.requests);
        assertEquals(gen.seen, w.objects);
        assertEquals(gen.bytes, w.bytes);
        assertEquals(0, w.rejectedLines);
        assertEquals(2, w.classes.size(), "png objects are images, js objects static");
        assertTrue(w.contentClass("images") != null && w.contentClass("static") != null);
    }

    private void assertLogHits(Workload w) {
        assertEquals((double) gen.hits / gen.requests, w.logHitRatio, 1e-12);
        assertEquals((double) gen.hitBytes / gen.bytes, w.logByteHitRatio, 1e-12);
    }

    private void assertFourRegions(Workload w) {
        for (String region : new String[] {"eu", "na", "apac", "sa"}) {
            assertEquals(1000, w.region(region).requests, region);
        }
    }

    @Test
    void cloudFrontReadsColumnsByTheFieldsHeader() throws IOException {
        Path f = gen.write(dir.resolve("cf.log.gz"), SyntheticLogs.CLOUDFRONT_HEADER, SyntheticLogs.CLOUDFRONT);
        Workload w = importAs(f, LogFormat.CLOUDFRONT);
        assertCatalog(w);
        assertLogHits(w);
        assertFourRegions(w);
        assertEquals(Map.of("LHR", 1000L), w.region("eu").edges);
        assertEquals(SyntheticLogs.START, w.start);
        assertEquals(SyntheticLogs.START + 3999, w.end);
    }

    @Test
    void nginxCombinedWithCacheStatusAndTimeZone() throws IOException {
        Path f = gen.write(dir.resolve("access.log"), null, SyntheticLogs.NGINX);
        Workload w = importAs(f, LogFormat.NGINX);
        assertCatalog(w);
        assertLogHits(w);
        assertEquals(SyntheticLogs.START, w.start, "the +0200 offset is taken off");
        assertEquals(4000, w.region(Regions.UNKNOWN).requests, "an nginx log says nothing of regions");
    }

    @Test
    void cloudflareNdjsonWithNanosecondTimesAndCountries() throws IOException {
        Path f = gen.write(dir.resolve("cf.ndjson"), null, SyntheticLogs.CLOUDFLARE);
        Workload w = importAs(f, LogFormat.CLOUDFLARE);
        assertCatalog(w);
        assertLogHits(w);
        assertFourRegions(w);
        assertEquals(SyntheticLogs.START, w.start);
    }

    @Test
    void fastlyWithAFieldMap() throws IOException {
        Path f = gen.write(dir.resolve("fastly.json"), null, SyntheticLogs.FASTLY);
        FieldMap map = FieldMap.FASTLY.with(
                Map.of("url", "req_url", "bytes", "resp_bytes", "cache", "state", "time", "ts", "pop", "datacenter"));
        Workload w = TrafficImport.run(f, new ImportOptions(LogFormat.AUTO, null, map), ImportListener.NONE);
        assertEquals("fastly", w.source.format);
        assertCatalog(w);
        assertLogHits(w);
        assertFourRegions(w);
    }

    @Test
    void fastlyWithoutItsFieldMapSaysWhichFieldIsMissing() throws IOException {
        Path f = gen.write(dir.resolve("fastly.json"), null, SyntheticLogs.FASTLY);
        ImportException e = assertThrows(
                ImportException.class, () -> TrafficImport.run(f, ImportOptions.AUTO, ImportListener.NONE));
        assertTrue(e.getMessage().contains("no \"url\" field") && e.getMessage().contains("--field"), e.getMessage());
    }

    @Test
    void wikimediaTraceHasNoCacheStatus() throws IOException {
        Path f = gen.write(dir.resolve("wiki.tsv"), SyntheticLogs.WIKIMEDIA_HEADER, SyntheticLogs.WIKIMEDIA);
        Workload w = importAs(f, LogFormat.WIKIMEDIA);
        assertCatalog(w);
        assertNull(w.logHitRatio);
        assertEquals(0.0, w.start);
    }

    @Test
    void csvCacheTraceThroughTheEngineReader() throws IOException {
        Path f = gen.write(dir.resolve("trace.csv"), null, SyntheticLogs.CSV_TRACE);
        Workload w = importAs(f, LogFormat.CSV);
        assertEquals(4000, w.requests);
        assertEquals(gen.seen, w.objects);
        assertEquals(gen.bytes, w.bytes);
    }

    @Test
    void zstdOracleGeneralIsUnpackedAndRead() throws IOException {
        Path f = dir.resolve("t.oracleGeneral.zst");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(24 * 3).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long[][] recs = {{1, 42, 100}, {2, 43, 0}, {3, 42, 100}};
        for (long[] r : recs) {
            b.putInt((int) r[0]).putLong(r[1]).putInt((int) r[2]).putLong(-1);
        }
        byte[] raw = b.array();
        byte[] packed =
                new byte[io.airlift.compress.zstd.ZstdCompressor.class.getName().length() + 256];
        int n = new io.airlift.compress.zstd.ZstdCompressor().compress(raw, 0, raw.length, packed, 0, packed.length);
        Files.write(f, java.util.Arrays.copyOf(packed, n));
        Workload w = importAs(f, LogFormat.ORACLE_GENERAL);
        assertEquals(2, w.requests, "the size-0 record is skipped, as libCacheSim does");
        assertEquals(1, w.objects);
        assertEquals(200, w.bytes);
    }

    @Test
    void badLinesAreCountedAndTheFirstTwentyShownByNumber() throws IOException {
        Path f = dir.resolve("mixed.log");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            if (i % 4 == 3) {
                b.append("garbage line ").append(i).append('\n');
            } else {
                SyntheticLogs.NGINX.write(b, i, i, 500, false, "LHR", "GB", SyntheticLogs.START + i);
                b.append('\n');
            }
        }
        Files.writeString(f, b.toString());
        Workload w = TrafficImport.run(f, ImportOptions.AUTO, ImportListener.NONE);
        assertEquals(75, w.requests);
        assertEquals(25, w.rejectedLines);
        assertEquals(20, w.rejected.size());
        assertEquals(4, w.rejected.get(0).line());
        assertEquals(80, w.rejected.get(19).line());
        assertTrue(
                w.rejected.get(0).reason().startsWith("expected"),
                w.rejected.get(0).reason());
    }

    @Test
    void aFileWithNoUsableLineNamesTheFormatAndWhatItFound() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.log"), "hello [world] \"x\"\nmore [text] \"y\"\n");
        ImportException e = assertThrows(
                ImportException.class, () -> TrafficImport.run(f, ImportOptions.AUTO, ImportListener.NONE));
        assertTrue(e.getMessage().contains("no usable line as nginx"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("hello [world]"), e.getMessage());
    }

    @Test
    void anUnknownFileSaysWhatItStartsWith() throws IOException {
        Path f = Files.writeString(dir.resolve("x.txt"), "just words here\n");
        ImportException e = assertThrows(ImportException.class, () -> TrafficImport.resolve(f, LogFormat.AUTO));
        assertTrue(
                e.getMessage().contains("\"just words here\"") && e.getMessage().contains("--format"), e.getMessage());
    }

    @Test
    void cancellingStopsTheImport() throws IOException {
        Path f = new SyntheticLogs(70_000, 100, 0.8, 1).write(dir.resolve("big.log"), null, SyntheticLogs.NGINX);
        ImportListener stop = new ImportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(ImportCancelledException.class, () -> TrafficImport.run(f, ImportOptions.AUTO, stop));
    }
}
