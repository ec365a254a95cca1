package dev.cdnx.app.run;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.validation.ResourceBudget;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Looks at runs before they start, with the model's {@link ResourceBudget}: runs that cannot fit in this
 * Java's heap are refused with the command line's own message (no run, no OutOfMemoryError), and runs
 * that would take hours start only when the person agrees. The decisions are made here; the dialogs are
 * behind {@link Asker}, so tests answer them without a window.
 *
 * <p>Several runs (a sweep, Compare, the Decision panel's three models) are judged together: each must
 * fit in the heap on its own, and their requests add up, since together they take the sum of their times.
 * A yes is remembered for the same runs (same title, same request figure), so panels that recompute on
 * their own (Decision, measured cost) do not ask again after each redraw; a no is asked again next time,
 * so pressing Play once more after declining brings the question back.
 */
public final class RunGuard {

    /** The two questions a guard puts to the person. */
    public interface Asker {
        /** Asks whether long runs may start; true to run them. */
        boolean confirmLong(String title, String message);

        /** Says why runs were refused (one located message per line). */
        void refuse(String title, String message);
    }

    private final Asker asker;
    private final LongSupplier maxHeapBytes;
    /** The runs the person last agreed to (title, count and request figure); null before any yes. */
    private String agreedTo;

    /** A guard that asks nobody: runs too big are refused and long ones declined (tests, headless use). */
    public static RunGuard declining() {
        return new RunGuard(new Asker() {
            @Override
            public boolean confirmLong(String title, String message) {
                return false;
            }

            @Override
            public void refuse(String title, String message) {
                // nobody to tell: the caller says in its own status line that nothing ran
            }
        });
    }

    /** A guard that measures against this Java's heap limit ({@code -Xmx}). */
    public RunGuard(Asker asker) {
        this(asker, () -> Runtime.getRuntime().maxMemory());
    }

    public RunGuard(Asker asker, LongSupplier maxHeapBytes) {
        this.asker = Objects.requireNonNull(asker);
        this.maxHeapBytes = Objects.requireNonNull(maxHeapBytes);
    }

    /**
     * The located reasons {@code scenario} cannot even be built in this heap (empty when it fits): the
     * live view asks this before it builds an engine, since building is what runs out of memory.
     */
    public List<Problem> tooBig(Scenario scenario) {
        return ResourceBudget.check(scenario, maxHeapBytes.getAsLong(), true);
    }

    /** {@link #mayRun(String, List)} for one run. */
    public boolean mayRun(String what, Scenario scenario) {
        return mayRun(what, List.of(scenario));
    }

    /**
     * Whether the runs of {@code scenarios} may start: false after a refusal (too big for the heap) or
     * when the person declined a long run. {@code what} names the runs in the dialog's title
     * ("Compare runs").
     */
    public boolean mayRun(String what, List<Scenario> scenarios) {
        long heap = maxHeapBytes.getAsLong();
        for (Scenario s : scenarios) {
            List<Problem> tooBig = ResourceBudget.check(s, heap, true);
            if (!tooBig.isEmpty()) {
                asker.refuse(what, tooBig.stream().map(Problem::format).collect(Collectors.joining("\n")));
                return false;
            }
        }
        double requests = scenarios.stream()
                .mapToDouble(s -> ResourceBudget.estimate(s).requests())
                .sum();
        if (!ResourceBudget.isLong(requests)) {
            return true;
        }
        String key = what + "|" + scenarios.size() + "|" + Math.round(requests);
        synchronized (this) {
            if (key.equals(agreedTo)) {
                return true;
            }
        }
        boolean yes = asker.confirmLong(what, longRunQuestion(requests, scenarios.size()));
        if (yes) {
            synchronized (this) {
                agreedTo = key;
            }
        }
        return yes;
    }

    /** The confirmation's text: the figure, what to change to make it quick, and the question. */
    static String longRunQuestion(double requests, int runs) {
        String sentence = ResourceBudget.longRun(requests, runs);
        return Character.toUpperCase(sentence.charAt(0))
                + sentence.substring(1)
                + ".\nTo make it quicker, shorten the scenario's duration or lower the users' request rates."
                + "\nStart it anyway?";
    }
}
