package dev.cdnx.model;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped because the shared reference data is absent and prints one line at the end
 * of the run, so {@code mvn -q} in a user's clone says what it did not check instead of passing quietly.
 * Registered through {@code META-INF/services}; silent when nothing was skipped.
 */
public final class SharedDataSkips implements TestExecutionListener {

    private final AtomicInteger skipped = new AtomicInteger();
    private final Consumer<String> out;
    private volatile TestPlan plan;

    /** The listener the build registers: it prints to standard output. */
    public SharedDataSkips() {
        this(System.out::println);
    }

    /** A listener that hands its one line to {@code out}. */
    SharedDataSkips(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (message != null && message.startsWith(SharedData.MISSING)) {
            skipped.addAndGet(test.isTest() ? 1 : testsUnder(test));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        // tests of an aborted container are reported as skipped with the container's reason
        if (reason != null && reason.contains(SharedData.MISSING) && test.isTest()) {
            skipped.incrementAndGet();
        }
    }

    /**
     * The tests a container held when its {@code @BeforeAll} aborted: JUnit then reports none of them, so
     * they are counted from the plan (a parameterized method, whose cases are unknown, counts once).
     */
    private int testsUnder(TestIdentifier container) {
        if (plan == null) {
            return 0;
        }
        int n = 0;
        for (TestIdentifier d : plan.getDescendants(container)) {
            if (d.isTest() || plan.getChildren(d).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** How many shared-data tests this run skipped so far. */
    int skipped() {
        return skipped.get();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan finished) {
        int n = skipped.get();
        if (n > 0) {
            out.accept(line(n, SharedData.folder().toAbsolutePath().normalize().toString()));
        }
    }

    /** The one line printed after a run that skipped {@code n} shared-data tests. */
    static String line(int n, String folder) {
        return "cdnx: skipped " + n + (n == 1 ? " test that needs" : " tests that need")
                + " the shared reference data (not found at " + folder
                + "); the in-project fixtures still ran. Set CDNX_SHARED to that folder to run them.";
    }
}
