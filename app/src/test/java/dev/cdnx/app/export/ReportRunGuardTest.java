package dev.cdnx.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.files.ReplaceGuard;
import dev.cdnx.app.panels.Samples;
import dev.cdnx.app.run.AnsweringAsker;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report export runs the whole scenario itself when there is no finished run: that run is looked at
 * like every other one, so a long scenario asks first and runs nothing on Cancel.
 */
class ReportRunGuardTest {

    @Test
    void aLongReportRunAsksAndRunsNothingOnCancel(@TempDir Path dir) {
        Scenario huge = Samples.load("hello-cdn", "duration=100000d");
        Path out = dir.resolve("report.html");
        AnsweringAsker no = new AnsweringAsker(false);
        List<String> status = new ArrayList<>();
        ExportActions export = new ExportActions(
                new ScenarioOnlyContext(huge),
                status::add,
                (title, name, what, ext) -> out,
                Runnable::run,
                new ReplaceGuard((file, why) -> true),
                no.guard(2L << 30));
        // Unguarded, the export would simulate 100,000 days here.
        assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> export.exportReport().join());
        assertEquals(1, no.questions.size(), no.questions.toString());
        assertTrue(no.questions.get(0).startsWith("Export the report: This run would simulate"), no.questions.get(0));
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(List.of("Not exported: the report's run was not started"), status);
    }
}
