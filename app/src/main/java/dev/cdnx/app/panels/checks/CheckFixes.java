package dev.cdnx.app.panels.checks;

import dev.cdnx.app.panels.SettingsEditor;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.util.function.BiConsumer;

/**
 * The fixes a check can apply by itself, each one undoable edit of a scenario setting: TTL jitter of 300 s
 * (seed 001's ±5 minutes) for one TTL without jitter, dropping tracking parameters from the cache key,
 * and verifying pushed bytes. Checks whose fix is a change of drawing (add a shield) or of headers offer
 * none; {@link #of} returns null for them.
 */
final class CheckFixes {

    /** A fix: the button's words, the setting it writes and the value. */
    record Fix<T>(String label, BiConsumer<Scenario, T> write, T value) {

        /** Applies the fix as one edit (undoable when the shell's editor records it). */
        void apply(SettingsEditor editor) {
            editor.edit(label, s -> write.accept(s, value));
        }
    }

    private CheckFixes() {}

    /** The fix for a check id, or null when it has none that one setting can make. */
    static Fix<?> of(String checkId) {
        return switch (checkId) {
            case "ttl-no-jitter" ->
                new Fix<>("Set TTL jitter to ±300 s", (s, v) -> s.policy.ttlJitter = v, SimDuration.ofSeconds(300));
            case "tracking-in-key" ->
                new Fix<>(
                        "Drop tracking parameters from the cache key",
                        (s, v) -> s.policy.cacheKey.dropTrackingParams = v,
                        true);
            case "push-unverified" -> new Fix<>("Verify pushed bytes", (s, v) -> s.delivery.push.verify = v, true);
            default -> null;
        };
    }
}
