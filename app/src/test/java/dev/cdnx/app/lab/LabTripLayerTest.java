package dev.cdnx.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.DotClass;
import dev.cdnx.model.http.CacheOutcome;
import org.junit.jupiter.api.Test;

/** The lab's hops take the live run's colours: the same outcome, the same dot class. */
class LabTripLayerTest {

    @Test
    void eachCacheOutcomeMapsToTheLiveRunsDotClass() {
        assertEquals(DotClass.HIT, LabTripLayer.dotClass(CacheOutcome.HIT, 200));
        assertEquals(DotClass.STALE, LabTripLayer.dotClass(CacheOutcome.STALE, 200));
        assertEquals(DotClass.MISS, LabTripLayer.dotClass(CacheOutcome.MISS, 200));
        assertEquals(DotClass.ERROR, LabTripLayer.dotClass(CacheOutcome.MISS, 502));
        assertEquals(DotClass.REVALIDATED, LabTripLayer.dotClass(CacheOutcome.REVALIDATED, 200));
        assertEquals(DotClass.COALESCED, LabTripLayer.dotClass(CacheOutcome.COALESCED, 200));
        assertEquals(DotClass.STALE_IF_ERROR, LabTripLayer.dotClass(CacheOutcome.STALE_IF_ERROR, 200));
        assertEquals(DotClass.ERROR, LabTripLayer.dotClass(CacheOutcome.ERROR, 502));
        assertEquals(DotClass.REQUEST, LabTripLayer.dotClass(null, 200), "the origin's answers");
        assertEquals(DotClass.ERROR, LabTripLayer.dotClass(null, 503));
    }
}
