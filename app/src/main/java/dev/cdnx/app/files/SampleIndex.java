package dev.cdnx.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scenario samples shipped on the classpath under {@code dev/cdnx/samples/}: listed from the folder
 * (classes directory or jar), so a new sample appears in the menu without code changes; the known names
 * are the fallback when the folder cannot be listed.
 */
public final class SampleIndex {

    public static final String FOLDER = "/dev/cdnx/samples/";
    private static final List<String> KNOWN = List.of(
            "hello-cdn",
            "single-request",
            "viral-no-shield",
            "viral-shield",
            "regional-caches",
            "thundering-herd",
            "patch-day",
            "cost-lever",
            "query-fragmentation",
            "multi-cdn",
            "personalized");

    private SampleIndex() {}

    /** Sample names (file names without .json), sorted, hello-cdn first. */
    public static List<String> names() {
        TreeSet<String> found = new TreeSet<>();
        try {
            URL url = SampleIndex.class.getResource(FOLDER + "hello-cdn.json");
            if (url != null) {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.getFileSystem(uri);
                    } catch (FileSystemNotFoundException e) {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    }
                    list(fs.getPath(FOLDER), found);
                } else {
                    list(Path.of(uri).getParent(), found);
                }
            }
        } catch (Exception e) {
            found.clear();
        }
        if (found.isEmpty()) {
            found.addAll(KNOWN);
        }
        List<String> out = new java.util.ArrayList<>(found);
        if (out.remove("hello-cdn")) {
            out.add(0, "hello-cdn");
        }
        return out;
    }

    private static void list(Path dir, Set<String> into) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .forEach(n -> into.add(n.substring(0, n.length() - 5)));
        }
    }

    /** The text of a sample, or null when there is no such sample. */
    public static String read(String name) {
        try (InputStream in = SampleIndex.class.getResourceAsStream(FOLDER + name + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
