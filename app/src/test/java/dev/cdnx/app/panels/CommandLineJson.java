package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.io.ScenarioIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@code cdnx} in-process and reads its JSON, for tests that hold a panel against the command line. */
public final class CommandLineJson {

    private CommandLineJson() {}

    /** {@code cdnx ARGS --json}, which must exit 0. */
    public static JsonNode run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            String[] all = Stream.concat(Stream.of(args), Stream.of("--json")).toArray(String[]::new);
            code = Cdnx.execute(all);
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, String.join(" ", args));
        try {
            return ScenarioIO.mapper().readTree(buf.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every shipped sample, without ".json". */
    public static List<String> sampleNames() {
        try (Stream<Path> files = Files.list(Samples.file("hello-cdn").getParent())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
