package dev.cdnx.app.lessons;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample scenarios shipped inside the app ({@code samples/} on the class path as {@code dev/cdnx/samples/}). */
public final class Samples {

    private Samples() {}

    /** Whether the app ships a sample of that file name. */
    public static boolean exists(String name) {
        return name != null && Samples.class.getResource(path(name)) != null;
    }

    /**
     * Reads a shipped sample.
     *
     * @throws IllegalArgumentException when there is no such sample
     * @throws dev.cdnx.model.io.ScenarioException when it does not load (a broken build)
     */
    public static Scenario load(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(path(name))) {
            if (in == null) {
                throw new IllegalArgumentException("there is no sample named " + name);
            }
            return ScenarioIO.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name)
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String name) {
        return "/dev/cdnx/samples/" + name;
    }
}
