package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real cache's published outcome file: an object from case id to {@code true} (passed) or a
 * {@code [kind, message]} failure. Anything but {@code true}, and any case not in the file, is a fail.
 */
public record PublishedResults(String name, Map<String, Boolean> passed) {

    /** Reads {@code file}; the cache's name is the file name without {@code .json}. */
    public static PublishedResults load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected an object from test id to result");
        }
        Map<String, Boolean> map = new HashMap<>();
        root.fields()
                .forEachRemaining(e -> map.put(
                        e.getKey(), e.getValue().isBoolean() && e.getValue().asBoolean()));
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return new PublishedResults(name, map);
    }

    /** Whether the case passed on its own in this cache's run. */
    public boolean passedAlone(String id) {
        return passed.getOrDefault(id, false);
    }
}
