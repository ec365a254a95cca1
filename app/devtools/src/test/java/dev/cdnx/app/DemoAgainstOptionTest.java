package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAgainstOptionTest {

    @Test
    void demoAgainstNamesTheSampleTheSecondRunComesFrom() {
        DevToolOptions o = DevToolOptions.parse(List.of(
                "--show", "compare", "--demo-against", "viral-no-shield", "--open", "samples/viral-shield.json"));
        assertTrue(o.demo());
        assertEquals("viral-no-shield", o.demoAgainst());
        assertNull(DevToolOptions.parse(List.of("--show", "compare", "--demo")).demoAgainst());
    }
}
