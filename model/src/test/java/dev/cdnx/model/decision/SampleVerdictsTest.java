package dev.cdnx.model.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.cost.TestScenarios;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the trees lead on the reference samples (issue 15's targets): the pull/push leaf, the combined
 * verdict of both trees, and whether a shield is recommended beside it.
 */
class SampleVerdictsTest {

    @ParameterizedTest
    @CsvSource({
        "hello-cdn.json, pull-good-enough, PULL, false, false",
        "multi-cdn.json, pull-good-enough, PULL, false, false",
        "personalized.json, bypass-cdn, PULL, true, false",
        "viral-no-shield.json, pull-viral, PULL, false, true",
        "viral-shield.json, pull-viral, PULL, false, false",
        "regional-caches.json, pull-viral, PULL, false, false",
        "patch-day.json, pull-long-tail, HYBRID, false, false",
        "cost-lever.json, push-small, PUSH, false, false",
    })
    void theTreesLeadWhereTheArticlesDo(
            String sample, String leaf, DeliveryModel model, boolean bypass, boolean shield) {
        Scenario s = TestScenarios.sample(sample);
        List<DecisionResult> walks = Decisions.evaluate(s, TestScenarios.illustrative());
        DecisionResult pp = walks.get(0);
        assertEquals(leaf, pp.recommendation().id(), String.join("\n", pp.reasons()));
        TreeVerdict v = TreeVerdict.of(walks);
        assertEquals(model, v.model(), v.agreement());
        assertEquals(bypass, v.bypass());
        assertEquals(
                shield,
                pp.advice().stream().anyMatch(a -> a.contains("shield")),
                pp.advice().toString());
        assertFalse(v.agreement().isBlank());
    }

    @ParameterizedTest
    @CsvSource({"cost-lever.json", "patch-day.json"})
    void whenTheTreesDisagreeTheVerdictSaysWhichQuestionEachAnswers(String sample) {
        TreeVerdict v = TreeVerdict.of(Decisions.evaluate(TestScenarios.sample(sample), TestScenarios.illustrative()));
        assertFalse(v.agree());
        assertTrue(v.agreement().contains("placement tree") && v.agreement().contains("pull/push tree"), v.agreement());
    }
}
