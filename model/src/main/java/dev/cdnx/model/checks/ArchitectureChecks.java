package dev.cdnx.model.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Every architecture check, in the order the checks panel lists them, and a way to run them all. Running
 * never throws for a scenario that loaded: a check that lacks a run or a bill reports itself skipped.
 */
public final class ArchitectureChecks {

    private ArchitectureChecks() {}

    public static List<ArchitectureCheck> all() {
        List<ArchitectureCheck> all = new ArrayList<>();
        all.addAll(ContentChecks.all());
        all.addAll(TopologyChecks.all());
        all.addAll(DeliveryChecks.all());
        all.add(PushCapacityCheck.rule());
        return all;
    }

    /** Runs every check; the outcomes are in {@link #all()} order. */
    public static List<CheckOutcome> run(CheckContext context) {
        List<CheckOutcome> out = new ArrayList<>();
        for (ArchitectureCheck c : all()) {
            out.add(c.check(context));
        }
        return out;
    }

    /** Only the checks that fired. */
    public static List<CheckOutcome> fired(CheckContext context) {
        return run(context).stream().filter(CheckOutcome::fired).toList();
    }
}
