package dev.cdnx.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Reference data in {@code ../shared} beside the repository. A user's clone does not have it, so tests
 * that need it are skipped there, and {@link SharedDataSkips} prints one line saying how many and why;
 * CI sets {@code CDNX_REQUIRE_SHARED=1} and a missing file fails instead. The folder is
 * {@code $CDNX_SHARED} when set, else the system property {@code cdnx.shared.dir} (the build passes
 * {@code ../shared}), so a check can point it at an empty folder without moving anyone's data.
 */
public final class SharedData {

    /** How a skip for missing shared data begins, so {@link SharedDataSkips} can count them. */
    public static final String MISSING = "shared reference data missing: ";

    private SharedData() {}

    /** The shared folder in use. */
    public static Path folder() {
        String env = System.getenv("CDNX_SHARED");
        String dir = env != null && !env.isBlank() ? env : System.getProperty("cdnx.shared.dir", "../shared");
        return Path.of(dir);
    }

    /** The file or folder at {@code relative} inside the shared folder, or a skip (or failure in CI). */
    public static Path require(String relative) {
        Path path = folder().resolve(relative).normalize();
        if (!Files.exists(path)) {
            String message = MISSING + path
                    + " (clone the project with ../shared beside it, or set CDNX_SHARED, to run this test)";
            if (requiredByBuild()) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return path;
    }

    static boolean requiredByBuild() {
        String env = System.getenv("CDNX_REQUIRE_SHARED");
        return "1".equals(env) || "true".equalsIgnoreCase(env) || Boolean.getBoolean("cdnx.shared.required");
    }

    /** The repository root (where the top-level pom.xml is). */
    public static Path projectDir() {
        return Path.of(System.getProperty("cdnx.project.dir", ".."))
                .toAbsolutePath()
                .normalize();
    }
}
