package dev.cdnx.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped because the shared reference data is absent, so {@code mvn -q} in a user's clone
 * says what it did not check instead of passing quietly. Registered through {@code META-INF/services}.
 * Surefire hands each test JVM its classes one launch at a time, and runs two JVMs: a line printed at the
 * end of each launch came out some eighty times, each with one JVM's running count. So each JVM keeps its
 * count in a file ({@value #TALLY_DIR}/&lt;pid&gt;.count under the module), and {@link #main} (run by the
 * build once the tests are done) prints the one line with their sum, and clears the files.
 */
public final class SharedDataSkips implements TestExecutionListener {

    /** Where each test JVM keeps its count, under the module's directory (the test JVMs' working one). */
    static final String TALLY_DIR = "target/shared-data-skips";

    private final AtomicInteger skipped = new AtomicInteger();
    private final IntConsumer atEnd;
    private volatile TestPlan plan;

    /** The listener the build registers: it keeps this JVM's count in its tally file. */
    public SharedDataSkips() {
        this(n -> keep(Path.of(TALLY_DIR), n));
    }

    /** A listener that hands this JVM's count so far to {@code atEnd} after each launch that skipped any. */
    SharedDataSkips(IntConsumer atEnd) {
        this.atEnd = atEnd;
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
            atEnd.accept(n);
        }
    }

    /** Writes this JVM's count so far to its own file in {@code dir} (the count only grows: last one wins). */
    static void keep(Path dir, int n) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(ProcessHandle.current().pid() + ".count"), Integer.toString(n));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the count of skipped tests in " + dir, e);
        }
    }

    /** The sum of the counts the test JVMs kept in {@code dir}, whose files it removes; 0 when there are none. */
    static int collect(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int sum = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".count")).toList()) {
                sum += Integer.parseInt(Files.readString(f).trim());
                Files.delete(f);
            }
        }
        return sum;
    }

    /** Prints the one line for the tally in {@code args[0]} (the build runs this after the tests), if any skipped. */
    public static void main(String[] args) throws IOException {
        int n = collect(Path.of(args[0]));
        if (n > 0) {
            System.out.println(
                    line(n, SharedData.folder().toAbsolutePath().normalize().toString()));
        }
    }

    /** The one line printed after a run that skipped {@code n} shared-data tests. */
    static String line(int n, String folder) {
        return "cdnx: skipped " + n + (n == 1 ? " test that needs" : " tests that need")
                + " the shared reference data (not found at " + folder
                + "); the in-project fixtures still ran. Set CDNX_SHARED to that folder to run them.";
    }
}
