package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fitted scenario carries the log's α, classes, sizes and per-region rates, scaled as asked. */
class FittedWorkloadTest {

    @TempDir
    Path dir;

    @Test
    void theLogsShapeScaledIntoTheDrawing() throws IOException {
        SyntheticLogs gen = new SyntheticLogs(4000, 500, 0.9, 7);
        Path log = gen.write(dir.resolve("cf.log"), SyntheticLogs.CLOUDFRONT_HEADER, SyntheticLogs.CLOUDFRONT);
        Workload w = TrafficImport.run(log, ImportOptions.AUTO, ImportListener.NONE);
        Scenario drawing = ScenarioIO.read(SharedData.projectDir().resolve("samples/hello-cdn.json"))
                .orThrow();
        Scenario s = FittedWorkload.apply(drawing, w, 10, 3);

        assertEquals(w.zipfAlpha, s.workload.alpha);
        assertEquals(3 * w.objects, s.workload.objects);
        assertEquals(2, s.workload.classes.size());
        double shares = s.workload.classes.stream().mapToDouble(c -> c.share).sum();
        assertEquals(1.0, shares, 1e-12);
        // 4,000 requests over 3,999 s, four regions of 1,000; hello-cdn has users in eu, na and apac, and
        // the sa requests join the first users node.
        UsersByRegion users = new UsersByRegion(s);
        double total = 0;
        for (int u : users.users()) {
            NodeSpec n = s.topology.nodes.get(u);
            total += n.users.rate.perSecond();
        }
        assertEquals(10 * 4000 / 3999.0, total, 1e-9);
        NodeSpec eu = s.topology.nodes.get(users.nodeFor("eu"));
        assertEquals(10 * 1000 / 3999.0, eu.users.rate.perSecond(), 1e-9);
        assertEquals("steady", eu.users.profile.type, "a log of about an hour has no daily swing");
        assertNull(drawing.workload.file);
        assertEquals(0.9, drawing.workload.alpha, "the drawing itself is not changed");
    }

    @Test
    void theDailySwingIsAsDeepAsTheLogsBusiestHourOverItsQuietest() {
        double[] hourly = new double[24];
        for (int h = 0; h < 24; h++) {
            hourly[h] = h < 12 ? 0.0625 : 0.02083333333333333;
        }
        assertEquals(0.5, FittedWorkload.amplitude(hourly, 86400), 1e-3);
        assertEquals(0, FittedWorkload.amplitude(hourly, 3600));
    }
}
