package dev.cdnx.model.validation;

import dev.cdnx.model.cache.CachePolicies;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.CacheSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.OriginSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.UsersSpec;
import java.util.ArrayList;
import java.util.List;

/** Rules of one node's own settings block: sizes above zero, known policies, profiles that make sense. */
final class NodeSettingsRules {

    private NodeSettingsRules() {}

    static void check(NodeSpec n, String path, Scenario s, List<Problem> out) {
        if (n.kind.caches()) {
            checkCache(n, n.cache, path + ".cache", out);
        } else if (n.cache != null) {
            out.add(Problem.warning(
                            path + ".cache",
                            n.kind.id() + " \"" + n.name + "\" has cache settings, "
                                    + "which only edges and shields use",
                            "remove the \"cache\" block")
                    .aboutNode(n.name));
        }
        if (n.kind == NodeKind.USERS && n.users != null) {
            checkUsers(n, n.users, path + ".users", s, out);
        }
        if (n.kind == NodeKind.ORIGIN && n.origin != null) {
            checkOrigin(n, n.origin, path + ".origin", out);
        }
    }

    private static void checkCache(NodeSpec n, CacheSpec c, String path, List<Problem> out) {
        if (c == null) {
            return;
        }
        if (c.capacity == null) {
            out.add(Problem.error(
                            path + ".capacity",
                            "the cache of \"" + n.name + "\" has no capacity",
                            "write a size such as \"100 GB\"")
                    .aboutNode(n.name));
        } else if (c.capacity.bytes() <= 0) {
            out.add(Problem.error(
                            path + ".capacity",
                            "cache capacity must be more than zero (it is " + c.capacity + ")",
                            "write a size such as \"100 GB\"")
                    .aboutNode(n.name));
        }
        if (!CachePolicies.isKnown(c.eviction)) {
            out.add(Problem.error(
                            path + ".eviction",
                            "unknown eviction policy \"" + c.eviction + "\"",
                            ScenarioValidator.unknownFix(String.valueOf(c.eviction), CachePolicies.names(), "policy"))
                    .aboutNode(n.name));
        }
    }

    private static void checkUsers(NodeSpec n, UsersSpec u, String path, Scenario s, List<Problem> out) {
        if (u.rate == null) {
            out.add(Problem.error(
                            path + ".rate",
                            "users \"" + n.name + "\" have no request rate",
                            "write a rate such as \"50/s\"")
                    .aboutNode(n.name));
        }
        if (u.clients < 1) {
            out.add(Problem.error(
                            path + ".clients",
                            "clients must be at least 1 (it is " + u.clients + ")",
                            "use 100 unless you study DNS stickiness")
                    .aboutNode(n.name));
        }
        ProfileSpec p = u.profile;
        if (p == null) {
            return;
        }
        List<String> types = List.of("steady", "diurnal", "flash", "launch");
        if (!types.contains(p.type)) {
            out.add(Problem.error(
                            path + ".profile.type",
                            "unknown time profile \"" + p.type + "\"",
                            ScenarioValidator.unknownFix(String.valueOf(p.type), types, "profile"))
                    .aboutNode(n.name));
            return;
        }
        if ((p.type.equals("flash") || p.type.equals("launch")) && p.at == null) {
            out.add(Problem.error(
                            path + ".profile.at",
                            "a " + p.type + " profile needs the time it starts",
                            "write \"at\": \"5m\"")
                    .aboutNode(n.name));
        }
        if (p.type.equals("launch")) {
            List<String> classes = new ArrayList<>();
            s.workload.classes.forEach(c -> classes.add(c.name));
            if (p.contentClass == null || s.workload.contentClass(p.contentClass) == null) {
                out.add(Problem.error(
                                path + ".profile.contentClass",
                                "a launch needs the content class it " + "requests"
                                        + (p.contentClass == null ? "" : "; \"" + p.contentClass + "\" is unknown"),
                                ScenarioValidator.unknownFix(String.valueOf(p.contentClass), classes, "content class"))
                        .aboutNode(n.name));
            }
        }
        if (p.amplitude != null && (p.amplitude < 0 || p.amplitude > 1)) {
            out.add(Problem.error(
                            path + ".profile.amplitude",
                            "amplitude must be between 0 and 1",
                            "0.5 swings the rate between half and one and a half times its mean")
                    .aboutNode(n.name));
        }
        checkPeak(n, p, path, out);
    }

    /** A peak time shapes only a diurnal curve, and must fall inside one period of it. */
    private static void checkPeak(NodeSpec n, ProfileSpec p, String path, List<Problem> out) {
        if (p.peak == null) {
            return;
        }
        if (!p.type.equals("diurnal")) {
            out.add(Problem.error(
                            path + ".profile.peak",
                            "a peak time (" + p.peak + ") shapes only a diurnal profile, and this one is " + p.type,
                            "set \"type\": \"diurnal\" or remove \"peak\"")
                    .aboutNode(n.name));
        } else if (p.period != null && p.peak.seconds() >= p.period.seconds()) {
            out.add(Problem.error(
                            path + ".profile.peak",
                            "the peak " + p.peak + " lies beyond the end of the " + p.period + " period",
                            "write a peak inside the period (before " + p.period.toClock() + ") or lengthen the"
                                    + " period to \"1d\"")
                    .aboutNode(n.name));
        }
    }

    private static void checkOrigin(NodeSpec n, OriginSpec o, String path, List<Problem> out) {
        if (o.capacity == null || o.capacity.perSecond() <= 0) {
            out.add(Problem.error(
                            path + ".capacity",
                            "origin capacity must be more than zero",
                            "write a rate such as \"1000/s\"")
                    .aboutNode(n.name));
        }
        if (o.concurrency < 1) {
            out.add(Problem.error(
                            path + ".concurrency",
                            "the origin needs at least one connection",
                            "write a number such as 100")
                    .aboutNode(n.name));
        }
        if (o.queueLimit < 0) {
            out.add(Problem.error(
                            path + ".queueLimit",
                            "the queue limit cannot be negative",
                            "write 0 for no queue, or a number such as 1000")
                    .aboutNode(n.name));
        }
        if (o.connectRoundTrips < 0) {
            out.add(Problem.error(
                            path + ".connectRoundTrips",
                            "round trips cannot be negative",
                            "write 0 for kept-alive connections, 2 for new TCP+TLS")
                    .aboutNode(n.name));
        }
    }
}
