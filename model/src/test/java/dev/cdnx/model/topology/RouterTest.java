package dev.cdnx.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.TopologySpec;
import dev.cdnx.model.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final TopologySpec t = new TopologySpec();

    private NodeSpec node(String name, NodeKind kind) {
        NodeSpec n = new NodeSpec(name, kind);
        t.nodes.add(n);
        return n;
    }

    private void link(String from, String to, double ms) {
        t.links.add(new LinkSpec(from, to, SimDuration.ofMillis(ms)));
    }

    private Router router() {
        return new Router(new TopologyGraph(t));
    }

    @Test
    void usersGoToTheHealthyEdgeWithTheLowestRtt() {
        NodeSpec u = node("u", NodeKind.USERS);
        node("near", NodeKind.EDGE);
        node("far", NodeKind.EDGE);
        node("o", NodeKind.ORIGIN);
        link("u", "far", 40);
        link("u", "near", 10);
        link("near", "o", 100);
        link("far", "o", 100);
        Router r = router();
        assertEquals("near", r.edgeFor(u).name);
        r.setDown("near", true);
        assertEquals("far", r.edgeFor(u).name, "the next edge takes over");
        r.setDown("far", true);
        assertNull(r.edgeFor(u), "no healthy edge left");
    }

    @Test
    void anEdgeGoesToItsShieldWhenHealthyOtherwiseToTheOrigin() {
        NodeSpec e = node("e", NodeKind.EDGE);
        node("s", NodeKind.SHIELD);
        node("o", NodeKind.ORIGIN);
        link("e", "s", 20);
        link("s", "o", 5);
        link("e", "o", 10);
        Router r = router();
        assertEquals("s", r.nextHop(e).name, "the shield, even though the origin link is shorter");
        assertEquals(
                List.of("e", "s", "o"),
                r.routeToOrigin(e).stream().map(n -> n.name).toList());
        r.setDown("s", true);
        assertEquals("o", r.nextHop(e).name);
    }

    @Test
    void withoutALinkToTheOriginAnEdgeFallsBackToTheShortestHealthyPath() {
        NodeSpec e = node("e", NodeKind.EDGE);
        node("s1", NodeKind.SHIELD);
        node("s2", NodeKind.SHIELD);
        node("o", NodeKind.ORIGIN);
        link("e", "s1", 10);
        link("s1", "o", 10);
        link("e", "s2", 30);
        link("s2", "o", 10);
        Router r = router();
        assertEquals("s1", r.nextHop(e).name);
        r.setDown("s1", true);
        assertEquals("s2", r.nextHop(e).name, "the other shield");
        r.setDown("s2", true);
        assertEquals("o", r.nextHop(e).name, "fails open to the nearest origin");
    }

    @Test
    void routeExistenceIgnoresHealth() {
        NodeSpec e = node("e", NodeKind.EDGE);
        NodeSpec lonely = node("lonely", NodeKind.EDGE);
        node("o", NodeKind.ORIGIN);
        link("e", "o", 10);
        TopologyGraph g = new TopologyGraph(t);
        assertTrue(Router.hasPathToOrigin(g, e));
        assertFalse(Router.hasPathToOrigin(g, lonely));
    }

    @Test
    void steeringHandsUsersToTheEdgesBehindIt() {
        NodeSpec u = node("u", NodeKind.USERS);
        node("dns", NodeKind.STEERING);
        NodeSpec a = node("a", NodeKind.EDGE);
        a.provider = "A";
        NodeSpec b = node("b", NodeKind.EDGE);
        b.provider = "B";
        node("o", NodeKind.ORIGIN);
        link("u", "dns", 1);
        link("dns", "a", 10);
        link("dns", "b", 20);
        Router r = router();
        assertEquals("b", r.edgeFor(u, n -> "B".equals(n.provider)).name);
        assertEquals(2, r.candidateEdges(u, n -> true).size());
    }

    @Test
    void derivedRttFollowsGreatCircleDistanceInFibre() {
        NodeSpec tokyo = node("tokyo", NodeKind.EDGE);
        tokyo.lat = 35.68;
        tokyo.lon = 139.69;
        NodeSpec ashburn = node("ashburn", NodeKind.ORIGIN);
        ashburn.lat = 39.04;
        ashburn.lon = -77.49;
        t.pathStretch = 1.0;
        double km = GeoMath.distanceKm(35.68, 139.69, 39.04, -77.49);
        assertEquals(10_900, km, 200, "Tokyo to Ashburn");
        assertEquals(2 * km / 200.0, new TopologyGraph(t).derivedRttMs(tokyo, ashburn), 1e-9);
    }

    @Test
    void linkRulesAllowUpstreamLinksOnly() {
        assertTrue(LinkRules.allowed(NodeKind.USERS, NodeKind.EDGE));
        assertTrue(LinkRules.allowed(NodeKind.EDGE, NodeKind.SHIELD));
        assertTrue(LinkRules.allowed(NodeKind.SHIELD, NodeKind.ORIGIN));
        assertFalse(LinkRules.allowed(NodeKind.USERS, NodeKind.ORIGIN));
        assertFalse(LinkRules.allowed(NodeKind.ORIGIN, NodeKind.EDGE));
        assertFalse(LinkRules.allowed(NodeKind.SHIELD, NodeKind.EDGE));
        assertTrue(LinkRules.reasonRefused(NodeKind.ORIGIN, NodeKind.EDGE).contains("source of truth"));
    }
}
