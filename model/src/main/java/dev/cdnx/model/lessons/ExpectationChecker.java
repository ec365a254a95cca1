package dev.cdnx.model.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.checks.ArchitectureChecks;
import dev.cdnx.model.checks.CheckContext;
import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.cost.TypedVolumes;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.io.JsonPaths;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import java.util.Locale;

/**
 * Decides whether an {@link Expectation} holds in a {@link LessonState}, and says what it found, so a
 * lesson can tell the person "not yet: the origin saw 200 fetches, the step wants at most 1".
 */
public final class ExpectationChecker {

    /** The verdict and the value that was found (null when there was nothing to read). */
    public record Verdict(boolean met, String found) {}

    private ExpectationChecker() {}

    public static Verdict check(Expectation e, LessonState state) {
        return switch (e.source()) {
            case "scenario" -> compare(read(ScenarioIO.mapper().valueToTree(state.scenario()), e.key()), e);
            case "run" ->
                state.lastRun() == null
                        ? new Verdict(false, null)
                        : compare(
                                read(ScenarioIO.mapper().valueToTree(RunResultJson.toMap(state.lastRun(), 0)), e.key()),
                                e);
            case "cost" -> compare(cost(e, state), e);
            case "check" -> architectureCheck(e, state);
            case "panel" ->
                new Verdict(state.panelsOpened().contains(e.key()), String.join(", ", state.panelsOpened()));
            default -> throw new IllegalArgumentException("unknown expectation source " + e.source());
        };
    }

    private static String read(JsonNode root, String dotted) {
        String pointer = JsonPaths.pointer(dotted);
        JsonNode n = root.at(pointer);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static String cost(Expectation e, LessonState state) {
        String[] parts = e.key().split("\\.", 2);
        SheetLoad load = PriceSheets.shipped(state.scenario().pricing.sheet);
        if (!load.ok() || state.scenario().volumes == null) {
            return null;
        }
        double h = e.hitRatio() != null ? e.hitRatio() : TypedVolumes.hitRatios(state.scenario())[0];
        CostBreakdown b =
                CostModel.breakdown(TypedVolumes.of(state.scenario(), DeliveryModel.fromId(parts[0]), h), load.sheet());
        return (parts[1].equals("total") ? b.total() : b.term(parts[1]).amount()).toPlainString();
    }

    private static Verdict architectureCheck(Expectation e, LessonState state) {
        for (CheckOutcome o : ArchitectureChecks.run(new CheckContext(state.scenario(), state.lastRun(), null))) {
            if (o.id().equals(e.key())) {
                boolean fires = o.fired();
                return new Verdict(
                        "fires".equals(e.op()) == fires, o.status().name().toLowerCase(Locale.ROOT));
            }
        }
        return new Verdict(false, null);
    }

    private static Verdict compare(String found, Expectation e) {
        if (found == null) {
            return new Verdict(false, null);
        }
        Double a = number(found);
        Double b = number(e.value());
        int cmp = (a != null && b != null) ? Double.compare(a, b) : found.compareTo(e.value());
        boolean met = switch (e.op()) {
            case "==" -> (a != null && b != null) ? Math.abs(a - b) < 1e-9 : found.equals(e.value());
            case "<=" -> cmp <= 0;
            case ">=" -> cmp >= 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            default -> throw new IllegalArgumentException("unknown comparison " + e.op());
        };
        return new Verdict(met, found);
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException | NullPointerException ex) {
            return null;
        }
    }
}
