package dev.cdnx.model.validation;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProviderSpec;
import dev.cdnx.model.scenario.PurgeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.SizeSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules of the workload, policy, delivery and timeline sections. */
final class SettingsRules {

    private final Scenario s;
    private final List<Problem> out;
    private final List<String> classNames = new ArrayList<>();

    SettingsRules(Scenario s, Path baseDir, List<Problem> out) {
        this.s = s;
        this.out = out;
    }

    void check() {
        if (s.duration == null || s.duration.seconds() <= 0 || s.duration.isInfinite()) {
            out.add(Problem.error(
                    "duration",
                    "the simulated duration must be more than zero and finite",
                    "write a duration such as \"10m\""));
        }
        checkWorkload();
        checkDelivery();
        checkLaunchesPerMonth();
        checkTimeline();
    }

    private void checkWorkload() {
        var w = s.workload;
        if (w.objects < 1) {
            out.add(Problem.error(
                    "workload.objects",
                    "the catalog needs at least one object (it has " + w.objects + ")",
                    "write a number such as 10000"));
        }
        if (w.alpha < 0 || w.alpha > 5) {
            out.add(Problem.error(
                    "workload.alpha",
                    "the Zipf exponent must be between 0 and 5 (it is " + w.alpha + ")",
                    "0 is uniform; web traffic is about 0.8 to 1.0"));
        }
        checkWorkloadMode(w);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < w.classes.size(); i++) {
            ContentClassSpec c = w.classes.get(i);
            String path = "workload.classes[" + i + "]";
            if (c.name == null || c.name.isBlank()) {
                out.add(Problem.error(path + ".name", "a content class without a name", "give it a name"));
                continue;
            }
            if (!seen.add(c.name)) {
                out.add(Problem.error(path + ".name", "duplicate content class \"" + c.name + "\"", "rename one"));
            }
            classNames.add(c.name);
            if (c.objects == null && (c.share <= 0 || c.share > 1)) {
                out.add(Problem.error(
                        path + ".share",
                        "share must be in (0, 1] (it is " + c.share + ")",
                        "the shares of the classes without their own object count should add up to 1"));
            }
            if (c.objects != null && c.objects < 1) {
                out.add(Problem.error(
                        path + ".objects",
                        "a class with its own objects needs at least one",
                        "write a number, or remove it to take a share of the catalog"));
            }
            checkSize(c.size, path + ".size");
            if (c.changeEvery != null && c.changeEvery.seconds() <= 0) {
                out.add(Problem.error(
                        path + ".changeEvery",
                        "objects cannot change every 0 seconds",
                        "write a duration such as \"1h\", or \"never\""));
            }
        }
        double sum = w.classes.stream()
                .filter(c -> c.objects == null)
                .mapToDouble(c -> c.share)
                .sum();
        boolean anyShared = w.classes.stream().anyMatch(c -> c.objects == null);
        if (anyShared && Math.abs(sum - 1.0) > 1e-6) {
            out.add(Problem.warning(
                    "workload.classes",
                    "the shares add up to " + sum + ", not 1; they are scaled",
                    "make them add up to 1"));
        }
        if (w.tracking != null && (w.tracking.fraction < 0 || w.tracking.fraction > 1 || w.tracking.variants < 1)) {
            out.add(Problem.error(
                    "workload.tracking",
                    "tracking needs a fraction in 0..1 and at least one variant",
                    "for example \"fraction\": 0.5, \"variants\": 50"));
        }
    }

    private void checkSize(SizeSpec z, String path) {
        if (z == null) {
            return;
        }
        List<String> dists = List.of("fixed", "lognormal", "pareto", "uniform");
        if (!dists.contains(z.dist)) {
            out.add(Problem.error(
                    path + ".dist",
                    "unknown size distribution \"" + z.dist + "\"",
                    ScenarioValidator.unknownFix(String.valueOf(z.dist), dists, "distribution")));
        }
        if (z.mean == null || z.mean.bytes() <= 0) {
            out.add(Problem.error(
                    path + ".mean", "object size must be more than zero", "write a size such as \"100 KB\""));
        }
        if (z.min != null && z.min.bytes() <= 0) {
            out.add(Problem.error(
                    path + ".min", "minimum size must be more than zero", "write a size such as \"1 KB\""));
        }
        if (z.min != null && z.max != null && z.max.bytes() < z.min.bytes()) {
            out.add(Problem.error(path + ".max", "max is below min", "swap them"));
        }
    }

    /** How an imported workload runs: a word the run understands, and only with a workload file to run. */
    private void checkWorkloadMode(dev.cdnx.model.scenario.WorkloadSpec w) {
        if (w.mode == null) {
            return;
        }
        if (!w.mode.equals("fitted") && !w.mode.equals("replay")) {
            out.add(Problem.error(
                    "workload.mode",
                    "unknown workload mode \"" + w.mode + "\"",
                    "write \"fitted\" (traffic shaped like the log) or \"replay\" (the log's own requests)"));
        } else if (w.file == null || w.file.isBlank()) {
            out.add(Problem.warning(
                    "workload.mode",
                    "workload.mode \"" + w.mode + "\" has no workload file to run, so the drawn workload runs",
                    "name a file made by cdnx import in workload.file, or remove workload.mode"));
        }
    }

    private void checkDelivery() {
        var d = s.delivery;
        if (d.model == null) {
            out.add(Problem.error("delivery.model", "no delivery model", "write \"pull\", \"push\" or \"hybrid\""));
        }
        if (d.push != null) {
            if (d.push.contentClass != null && !classNames.contains(d.push.contentClass)) {
                out.add(Problem.error(
                        "delivery.push.contentClass",
                        "unknown content class \"" + d.push.contentClass + "\"",
                        ScenarioValidator.unknownFix(d.push.contentClass, classNames, "content class")));
            }
            if (!"edges".equals(d.push.targets) && !"shields".equals(d.push.targets)) {
                out.add(Problem.error(
                        "delivery.push.targets",
                        "push targets must be \"edges\" or \"shields\"",
                        "write \"edges\" or \"shields\""));
            }
            if (d.push.bandwidth == null || d.push.bandwidth.bitsPerSecond() <= 0) {
                out.add(Problem.error(
                        "delivery.push.bandwidth",
                        "push bandwidth must be more than zero",
                        "write a bandwidth such as \"1 Gbps\""));
            }
        }
        if (d.hybrid != null) {
            if (d.hybrid.contentClass != null && !classNames.contains(d.hybrid.contentClass)) {
                out.add(Problem.error(
                        "delivery.hybrid.contentClass",
                        "unknown content class \"" + d.hybrid.contentClass + "\"",
                        ScenarioValidator.unknownFix(d.hybrid.contentClass, classNames, "content class")));
            }
            if (d.hybrid.headObjects != null && d.hybrid.headObjects < 0) {
                out.add(Problem.error("delivery.hybrid.headObjects", "the head cannot be negative", "write 0 or more"));
            }
            if (d.hybrid.headPercent != null && (d.hybrid.headPercent < 0 || d.hybrid.headPercent > 100)) {
                out.add(Problem.error(
                        "delivery.hybrid.headPercent",
                        "the head must be 0..100 percent",
                        "write a percentage such as 5"));
            }
        }
    }

    /** The monthly bill counts a launch this many times; a negative count would make a launch earn money. */
    private void checkLaunchesPerMonth() {
        if (s.pricing != null && !(s.pricing.launches() >= 0)) {
            out.add(Problem.error(
                    "pricing.launchesPerMonth",
                    "launches per month cannot be negative",
                    "write 0 or more, e.g. 1 for one launch a month"));
        }
    }

    private void checkTimeline() {
        List<String> targets = new ArrayList<>();
        for (NodeSpec n : s.topology.nodes) {
            if (n != null && n.name != null) {
                targets.add(n.name);
            }
        }
        for (ProviderSpec p : s.topology.providers) {
            targets.add(p.name);
        }
        for (int i = 0; i < s.faults.size(); i++) {
            FaultSpec f = s.faults.get(i);
            String path = "faults[" + i + "]";
            if (f.target == null || !targets.contains(f.target)) {
                out.add(Problem.error(
                        path + ".target",
                        "fault for unknown node or provider \"" + f.target + "\"",
                        ScenarioValidator.unknownFix(String.valueOf(f.target), targets, "node")));
            }
            if (f.kind() == null) {
                out.add(Problem.error(
                        path + ".action",
                        "a fault action is \"down\" or \"up\", not \"" + f.action + "\"",
                        "write \"down\" or \"up\""));
            }
            if (f.at == null) {
                out.add(Problem.error(path + ".at", "a fault needs a time", "write \"at\": \"5m\""));
            }
        }
        List<String> ways = List.of("key", "prefix", "tag");
        for (int i = 0; i < s.purges.size(); i++) {
            PurgeSpec p = s.purges.get(i);
            if (!ways.contains(p.by)) {
                out.add(Problem.error(
                        "purges[" + i + "].by",
                        "purge by \"" + p.by + "\" is not known",
                        "write \"key\", \"prefix\" or \"tag\""));
            }
            if (p.value == null || p.value.isBlank()) {
                out.add(Problem.error(
                        "purges[" + i + "].value",
                        "a purge needs what to remove",
                        "an object rank for key, a path prefix, or a tag"));
            }
        }
    }
}
