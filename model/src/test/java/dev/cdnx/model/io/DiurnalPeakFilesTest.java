package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.units.TimeOfDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A diurnal profile's peak time: read and written in one form, and each mistake placed with a fix. */
class DiurnalPeakFilesTest {

    private static String withProfile(String profile) {
        return BrokenFilesTest.VALID.replace(
                "\"users\": {\"rate\": \"10/s\"}", "\"users\": {\"rate\": \"10/s\", \"profile\": " + profile + "}");
    }

    @Test
    void aPeakTimeIsReadAndWrittenBackAsATimeOfDay() {
        LoadResult r = ScenarioIO.read(withProfile("{\"type\": \"diurnal\", \"peak\": \"8:30\"}"), "p.json");
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(TimeOfDay.of(8, 30), r.scenario().topology.nodes.get(0).users.profile.peak);
        assertTrue(ScenarioIO.toJson(r.scenario()).contains("\"peak\": \"08:30\""), ScenarioIO.toJson(r.scenario()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\": \"diurnal\", \"peak\": \"25:00\"}|a time of day like",
                "{\"type\": \"diurnal\", \"peak\": 20}|a time of day like",
                "{\"type\": \"steady\", \"peak\": \"20:00\"}|shapes only a diurnal profile",
                "{\"type\": \"diurnal\", \"period\": \"6h\", \"peak\": \"20:00\"}|lies beyond the end of the 6h period"
            })
    void aWrongPeakIsPlacedWithAFix(String profile, String fragment) {
        String json = withProfile(profile);
        LoadResult r = ScenarioIO.read(json, "p.json");
        assertFalse(r.ok(), "accepted: " + profile);
        List<Problem> matching =
                r.errors().stream().filter(p -> p.format().contains(fragment)).toList();
        assertFalse(matching.isEmpty(), () -> "no message contains \"" + fragment + "\": " + r.problems());
        Problem p = matching.get(0);
        assertEquals("topology.nodes[0].users.profile.peak", p.path(), p.format());
        assertTrue(p.fix() != null && !p.fix().isBlank(), () -> "no fix in " + p.format());
    }
}
