package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import org.junit.jupiter.api.Test;

class ScenarioIdentityTest {

    private static Scenario sample(String name) {
        return ScenarioIO.read(SharedData.projectDir().resolve("samples/" + name + ".json"))
                .orThrow();
    }

    @Test
    void settingsOneVariesBetweenRunsKeepTheIdentity() {
        Scenario s = sample("thundering-herd");
        ScenarioIdentity before = ScenarioIdentity.of(s);
        s.policy.ttlJitter = SimDuration.ofSeconds(300);
        s.seed = 7;
        s.duration = SimDuration.ofSeconds(100);
        assertEquals(before, ScenarioIdentity.of(s));
        assertEquals(12, before.hash().length());
        assertEquals(before, ScenarioIdentity.of(sample("thundering-herd")), "stable across loads");
    }

    @Test
    void anotherSampleOrARedrawnTopologyIsAnotherScenario() {
        ScenarioIdentity shield = ScenarioIdentity.of(sample("viral-shield"));
        ScenarioIdentity noShield = ScenarioIdentity.of(sample("viral-no-shield"));
        assertFalse(shield.sameContent(noShield));
        Scenario s = sample("viral-shield");
        s.topology.links.remove(0);
        assertFalse(ScenarioIdentity.of(s).sameContent(shield));
        s = sample("viral-shield");
        s.name = "renamed";
        assertTrue(ScenarioIdentity.of(s).sameContent(shield));
        assertTrue(shield.toString().startsWith("Viral object behind a shield ("), shield.toString());
    }
}
