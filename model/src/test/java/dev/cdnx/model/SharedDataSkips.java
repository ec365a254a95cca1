package dev.cdnx.model;

import java.util.concurrent.atomic.AtomicInteger;

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

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (message != null && message.startsWith(SharedData.MISSING)) {
            // a class whose @BeforeAll aborted counts once per test it holds
            skipped.addAndGet(test.isContainer() ? 0 : 1);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        // tests of an aborted container are reported as skipped with the container's reason
        if (reason != null && reason.contains(SharedData.MISSING) && test.isTest()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int n = skipped.get();
        if (n > 0) {
            System.out.println(line(n, SharedData.folder().toAbsolutePath().normalize().toString()));
        }
    }

    /** The one line printed after a run that skipped {@code n} shared-data tests. */
    static String line(int n, String folder) {
        return "cdnx: skipped " + n + " test" + (n == 1 ? "" : "s") + " that need the shared reference data (not found at "
                + folder + "); the in-project fixtures still ran. Set CDNX_SHARED to that folder to run them.";
    }
}
