package dev.cdnx.model.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.TestScenarios;
import dev.cdnx.model.cost.ZipfShare;
import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import dev.cdnx.model.scenario.DecisionInputsSpec;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTreesTest {

    private final PriceSheet sheet = TestScenarios.illustrative();

    @Test
    void everyAnswerLeadsToAQuestionOrARecommendation() {
        for (DecisionTree t : DecisionTrees.all()) {
            assertNotNull(t.question(t.root()));
            for (Question q : t.questions().values()) {
                assertFalse(q.rationale().isBlank());
                for (Answer a : q.answers()) {
                    assertTrue((a.next() == null) != (a.leaf() == null), t.id() + "/" + q.id() + "/" + a.id());
                    assertTrue(a.next() == null || t.question(a.next()) != null);
                }
            }
        }
    }

    @Test
    void frequentChangesAndAFlashCrowdGivePull() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "1h");
        DecisionScenarios.profile(s, "flash");
        assertPath(s, DecisionTrees.pullPush(), "pull-spiky", "cacheable", "frequent", "spiky");
    }

    @Test
    void predictableTrafficWithAModestGoalGivesPull() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "1h");
        assertPath(s, DecisionTrees.pullPush(), "pull-good-enough", "cacheable", "frequent", "predictable", "tolerate");
    }

    @Test
    void raisingTheHitRatioGoalFlipsThePathToPush() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "1h");
        s.decisions = new DecisionInputsSpec();
        s.decisions.hitRatioGoal = 0.995;
        assertPath(s, DecisionTrees.pullPush(), "push-guaranteed", "cacheable", "frequent", "predictable", "need-99");
        s.decisions.hitRatioGoal = 0.95;
        assertPath(s, DecisionTrees.pullPush(), "pull-good-enough", "cacheable", "frequent", "predictable", "tolerate");
    }

    @Test
    void aSmallStableCatalogGivesPush() {
        Scenario s = DecisionScenarios.base(5_000, 0.9, "never");
        assertPath(s, DecisionTrees.pullPush(), "push-small", "cacheable", "rare", "predictable", "small");
    }

    @Test
    void aLargeLongTailCatalogGivesPull() {
        Scenario s = DecisionScenarios.base(1_000_000, 0.9, "never");
        DecisionResult r = assertPath(
                s,
                DecisionTrees.pullPush(),
                "pull-long-tail",
                "cacheable",
                "rare",
                "predictable",
                "large",
                "long-tail");
        double share = exactTopShare(1_000_000, 0.9, 200_000);
        String pct = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
        assertTrue(
                r.path().get(4).because().startsWith("the top 20% of objects get " + pct),
                r.path().get(4).because());
    }

    @Test
    void aLargeEvenCatalogGivesHybridAndLoweringAlphaFlipsIt() {
        Scenario s = DecisionScenarios.base(1_000_000, 0.2, "never");
        assertPath(s, DecisionTrees.pullPush(), "hybrid-even", "cacheable", "rare", "predictable", "large", "uniform");
        s.workload.alpha = 1.0;
        assertPath(
                s,
                DecisionTrees.pullPush(),
                "pull-long-tail",
                "cacheable",
                "rare",
                "predictable",
                "large",
                "long-tail");
    }

    @Test
    void mostlyPersonalisedTrafficLeadsToTheBypassLeaf() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "10s");
        s.workload.classes.get(0).headers.put("Cache-Control", "private, no-store");
        DecisionResult r = assertPath(s, DecisionTrees.pullPush(), DecisionTrees.BYPASS, "personalised");
        assertTrue(
                r.path().get(0).because().startsWith("100% of requests go to classes a shared cache may not keep"),
                r.path().get(0).because());
    }

    @Test
    void aFlashCrowdOnStableContentGivesPullAndAShieldWhenThereIsNone() {
        Scenario s = DecisionScenarios.base(5_000, 0.9, "never");
        DecisionScenarios.profile(s, "flash");
        DecisionResult r = assertPath(s, DecisionTrees.pullPush(), "pull-viral", "cacheable", "rare", "spiky");
        assertTrue(r.advice().isEmpty(), r.advice().toString());
        s.topology.nodes.removeIf(n -> n.name.equals("shield-a"));
        r = assertPath(s, DecisionTrees.pullPush(), "pull-viral", "cacheable", "rare", "spiky");
        assertEquals(
                List.of("Add a regional shield with coalescing: with 2 edges and no shield, a spike on one object "
                        + "can cost up to 2 origin fetches; behind one shield it costs one."),
                r.advice());
    }

    @Test
    void changeRateCountsBytesAsWellAsRequests() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "never");
        var video = new dev.cdnx.model.scenario.ContentClassSpec("video");
        video.share = 0.2;
        video.size = dev.cdnx.model.scenario.SizeSpec.fixed(dev.cdnx.model.units.DataSize.parse("4 MB"));
        video.changeEvery = dev.cdnx.model.units.SimDuration.parse("30m");
        video.headers.put("Cache-Control", "public, max-age=600");
        s.workload.classes.get(0).share = 0.8;
        s.workload.classes.add(video);
        DecisionResult r = Decisions.evaluate(DecisionTrees.pullPush(), s, sheet);
        assertEquals("frequent", r.answerOf("update-frequency"));
        assertTrue(
                r.path().get(1).because().startsWith("20% of requests and 90.9% of requested bytes"),
                r.path().get(1).because());
        video.share = 0.1;
        s.workload.classes.get(0).share = 0.9;
        video.size = dev.cdnx.model.scenario.SizeSpec.fixed(dev.cdnx.model.units.DataSize.parse("10 KB"));
        assertEquals(
                "rare", Decisions.evaluate(DecisionTrees.pullPush(), s, sheet).answerOf("update-frequency"));
    }

    @Test
    void zipfShareIsTheExactSum() {
        assertEquals(exactTopShare(10_000, 0.9, 2_000), ZipfShare.topFractionShare(10_000, 0.9, 0.2), 1e-12);
        // Beyond the exact limit the Euler–Maclaurin tail agrees with the exact sum to many digits.
        assertEquals(exactTopShare(6_000_000, 0.8, 1_200_000), ZipfShare.topFractionShare(6_000_000, 0.8, 0.2), 1e-9);
        assertEquals(0.2, ZipfShare.topFractionShare(1000, 0.0, 0.2), 1e-12);
    }

    @Test
    void anOverrideChangesTheAnswerAndIsMarked() {
        Scenario s = DecisionScenarios.base(1_000_000, 0.9, "never");
        s.decisions = new DecisionInputsSpec();
        s.decisions.overrides.put("access-pattern", "uniform");
        DecisionResult r = Decisions.evaluate(DecisionTrees.pullPush(), s, sheet);
        assertEquals("hybrid-even", r.recommendation().id());
        DecisionResult.Step last = r.path().get(4);
        assertTrue(last.overridden());
        assertEquals("long-tail", last.derivedAnswerId());
        assertTrue(last.because().startsWith("you chose it"));
        s.decisions.overrides.put("access-pattern", "sideways");
        r = Decisions.evaluate(DecisionTrees.pullPush(), s, sheet);
        assertEquals("pull-long-tail", r.recommendation().id());
        assertTrue(r.notes().get(0).contains("sideways"));
    }

    @Test
    void noLaunchMeansDemandDrivenPull() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "never");
        assertPath(s, DecisionTrees.placement(), "pull-demand", "demand");
    }

    @Test
    void aLaunchNobodyDownloadsIsNotWorthPinning() {
        Scenario s = DecisionScenarios.base(10_000, 0.9, "never");
        DecisionScenarios.launch(s, 40, "1 GB", 0.001);
        assertPath(s, DecisionTrees.placement(), "pull-storage", "schedule", "storage-higher");
    }

    @Test
    void patchDayPushesTheHeadAndPullsTheTail() {
        Scenario s = TestScenarios.sample("patch-day.json");
        DecisionResult r = assertPath(s, DecisionTrees.placement(), "hybrid-head", "schedule", "storage-lower", "head");
        assertEquals(DeliveryModel.HYBRID, r.recommendation().model());
        assertTrue(
                r.path().get(1).because().contains("40 GB at 20 shields"),
                r.path().get(1).because());
    }

    @Test
    void aLaunchOfNearlyTheWholeCatalogGivesFullPush() {
        Scenario s = DecisionScenarios.base(100, 0.9, "never");
        DecisionScenarios.launch(s, 40, "1 GB", 50);
        assertPath(s, DecisionTrees.placement(), "push-whole", "schedule", "storage-lower", "whole");
    }

    private DecisionResult assertPath(Scenario s, DecisionTree tree, String recommendation, String... answers) {
        DecisionResult r = Decisions.evaluate(tree, s, sheet);
        List<String> got = new ArrayList<>();
        r.path().forEach(step -> got.add(step.answerId()));
        assertEquals(List.of(answers), got, String.join("\n", r.reasons()));
        assertEquals(recommendation, r.recommendation().id());
        assertEquals(r.path().size() + 1 + r.advice().size(), r.reasons().size());
        return r;
    }

    private static double exactTopShare(long n, double alpha, long k) {
        double top = 0;
        double all = 0;
        for (long i = 1; i <= n; i++) {
            double w = Math.pow((double) i, -alpha);
            all += w;
            if (i <= k) {
                top += w;
            }
        }
        return top / all;
    }
}
