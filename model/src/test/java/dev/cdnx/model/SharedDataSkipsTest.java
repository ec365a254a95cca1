package dev.cdnx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@link SharedDataSkips} counts a test that skips for want of shared data once, every test of a class
 * whose {@code @BeforeAll} skipped (JUnit reports none of those), and nothing else. The fixtures below are
 * nested classes without "Test" in their names, so the build's own run does not pick them up.
 */
class SharedDataSkipsTest {

    static final class OneMissingOneOtherSkip {
        @Test
        void needsSharedData() {
            Assumptions.abort(SharedData.MISSING + "nowhere/trace.bin");
        }

        @Test
        void skipsForAnotherReason() {
            Assumptions.abort("not on this platform");
        }

        @Test
        void runs() {
            assertEquals(2, 1 + 1);
        }
    }

    static final class WholeClassMissing {
        @BeforeAll
        static void load() {
            Assumptions.abort(SharedData.MISSING + "nowhere/cases.json");
        }

        @Test
        void first() {
            assertEquals(1, 1);
        }

        @Test
        void second() {
            assertEquals(1, 1);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void cases(int n) {
            assertEquals(n, n);
        }
    }

    private static int skipsIn(Class<?> fixture) {
        SharedDataSkips listener = new SharedDataSkips(n -> {});
        // without the build's own (service-loaded) listener, which would print a line for the fixtures
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(fixture))
                .build();
        launcher.execute(request, listener);
        return listener.skipped();
    }

    @Test
    void countsOnlyTheSharedDataSkips() {
        assertEquals(1, skipsIn(OneMissingOneOtherSkip.class));
    }

    @Test
    void countsEveryTestOfAClassWhoseSetupSkipped() {
        // two tests and one parameterized method whose cases were never listed: 3
        assertEquals(3, skipsIn(WholeClassMissing.class));
    }

    @Test
    void theJvmsCountsAreSummedOnceAndCleared(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // each test JVM keeps its own running count; the build sums them once, after the tests
        java.nio.file.Files.writeString(dir.resolve("101.count"), "121");
        java.nio.file.Files.writeString(dir.resolve("102.count"), "12");
        SharedDataSkips.keep(dir, 5);
        assertEquals(138, SharedDataSkips.collect(dir));
        assertEquals(0, SharedDataSkips.collect(dir), "the files are gone: a later build starts from nothing");
    }

    @Test
    void theLineSaysHowManyWhereAndWhatToDo() {
        assertEquals(
                "cdnx: skipped 74 tests that need the shared reference data (not found at /x/shared); the "
                        + "in-project fixtures still ran. Set CDNX_SHARED to that folder to run them.",
                SharedDataSkips.line(74, "/x/shared"));
    }
}
