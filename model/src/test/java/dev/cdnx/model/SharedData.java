package dev.cdnx.model;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Reference data in {@code ../shared} beside the repository. A user's clone does not have it, so tests
 * that need it are skipped there; CI sets {@code CDNX_REQUIRE_SHARED=1} and a missing file fails instead.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file or folder at {@code relative} inside the shared folder, or a skip (or failure in CI). */
    public static Path require(String relative) {
        String dir = System.getProperty("cdnx.shared.dir", "../shared");
        Path path = Path.of(dir).resolve(relative).normalize();
        if (!Files.exists(path)) {
            String message = "shared reference data missing: " + path
                    + " (clone the project with ../shared beside it to run this test)";
            if (requiredByBuild()) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return path;
    }

    private static boolean requiredByBuild() {
        String env = System.getenv("CDNX_REQUIRE_SHARED");
        return "1".equals(env) || "true".equalsIgnoreCase(env)
                || Boolean.getBoolean("cdnx.shared.required");
    }

    /** The repository root (where the top-level pom.xml is). */
    public static Path projectDir() {
        return Path.of(System.getProperty("cdnx.project.dir", "..")).toAbsolutePath().normalize();
    }
}
