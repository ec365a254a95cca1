package dev.cdnx.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cdnx.model.scenario.NodeKind;
import org.junit.jupiter.api.Test;

/** The refusal shown on a forbidden link reads as a sentence (#17 item 12: it said "not from a users"). */
class LinkRulesWordingTest {

    @Test
    void anEdgeToUsersIsRefusedInPlainWords() {
        assertEquals(
                "an edge fetches from a shield, a parent edge or the origin, not from a users node",
                LinkRules.reasonRefused(NodeKind.EDGE, NodeKind.USERS));
        assertEquals(
                "a shield fetches from the origin (or another shield), not from a DNS steering node",
                LinkRules.reasonRefused(NodeKind.SHIELD, NodeKind.STEERING));
    }

    @Test
    void noRefusalNamesAKindWithoutItsNoun() {
        for (NodeKind from : NodeKind.values()) {
            for (NodeKind to : NodeKind.values()) {
                String why = LinkRules.reasonRefused(from, to);
                if (why != null) {
                    assertFalse(why.matches(".*\\ban? (users|steering)$"), from + " → " + to + ": " + why);
                }
            }
        }
    }
}
