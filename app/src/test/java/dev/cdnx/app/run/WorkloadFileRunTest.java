package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * A scenario that names an imported workload ({@code workload.file}, 1,500 CloudFront lines in the test
 * resources) runs in the window exactly as {@code cdnx simulate SCENARIO --json} runs it: fitted, or the log
 * replayed, as the scenario's {@code workload.mode} says. Every figure of the window's final result equals
 * the command's.
 */
class WorkloadFileRunTest {

    private static final int MAX_FRAMES = 20_000;

    private final ManualRunContext ui = new ManualRunContext();
    private RunViewModel vm;

    @AfterEach
    void dispose() {
        if (vm != null) {
            vm.dispose();
        }
    }

    @ParameterizedTest
    @CsvSource({"fitted.json,Traffic fitted to traffic.json", "replay.json,Replaying the log of traffic.json"})
    void theWindowsRunOfAWorkloadFileEqualsTheCommandLines(String name, String note) throws Exception {
        Path file = resource(name);
        Scenario s = ScenarioIO.read(file).orThrow();
        vm = new RunViewModel(new ScenarioDocument(s), ui.context());
        vm.setScenarioFolder(file::getParent);
        assertTrue(
                vm.workloadNoteProperty().get().startsWith(note),
                vm.workloadNoteProperty().get());

        RunResult window = runToEnd();
        JsonNode cli = cliJson(file);
        // Through text, as the command prints it, so numbers compare by value rather than by Java type.
        ObjectNode gui = (ObjectNode)
                ScenarioIO.mapper().readTree(ScenarioIO.mapper().writeValueAsString(RunResultJson.toMap(window, 0)));
        for (String timing : new String[] {"wallSeconds", "requestsPerSecond"}) {
            gui.remove(timing);
            ((ObjectNode) cli).remove(timing);
        }
        // The replay's log-against-simulation table is the Traffic tab's, not the live run's.
        ((ObjectNode) cli).remove("comparison");
        assertEquals(cli, gui);
        assertTrue(window.requests() > 0);
    }

    private RunResult runToEnd() {
        vm.speedProperty().set(RunViewModel.MAX_SPEED);
        vm.startPulses();
        vm.play();
        for (int i = 0; i < MAX_FRAMES && !vm.finishedProperty().get(); i++) {
            ui.frameAfterEngine(vm, 16);
        }
        assertTrue(vm.finishedProperty().get(), "the run did not finish within " + MAX_FRAMES + " frames");
        ui.settle(vm);
        RunResult r = vm.resultProperty().get();
        assertNotNull(r);
        return r;
    }

    private static JsonNode cliJson(Path scenario) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Cdnx())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute("simulate", scenario.toString(), "--json");
        assertEquals(0, code, err::toString);
        return ScenarioIO.mapper().readTree(out.toString());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(WorkloadFileRunTest.class.getResource("workload/" + name))
                .toURI());
    }
}
