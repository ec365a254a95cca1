package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "old");
        Scenario s = new Scenario();
        s.name = "saved";
        ScenarioIO.write(s, f);
        assertEquals(ScenarioIO.toJson(s), Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the target remains");
        }
    }

    @Test
    void copyIsDeepAndEqual() {
        Scenario s = new Scenario();
        s.name = "a";
        Scenario c = ScenarioIO.copy(s);
        c.name = "b";
        assertEquals("a", s.name);
    }
}
