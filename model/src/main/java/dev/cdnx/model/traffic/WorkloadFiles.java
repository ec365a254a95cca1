package dev.cdnx.model.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes workload files. Writing goes through {@link AtomicFiles} and refuses to replace a
 * file that is not a workload (a scenario given as {@code --out} by mistake, say). A scenario names its
 * workload by a path relative to its folder; {@link #resolve} refuses one outside that folder, so a
 * scenario someone sent cannot make the program read other files.
 */
public final class WorkloadFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new dev.cdnx.model.io.UnitsModule());
    private static final String MARK = "\"cdnx-workload\"";

    private WorkloadFiles() {}

    /** The workload as JSON text. */
    public static String toJson(Workload w) {
        try {
            return JSON.writeValueAsString(w);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a workload could not be written as JSON", e);
        }
    }

    /** Writes {@code w} to {@code file}, replacing only an earlier workload file. */
    public static void save(Workload w, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(w) + "\n", existing -> {
            String text = TextFiles.read(existing, TextFiles.LIMIT);
            return text.isBlank() || text.contains(MARK)
                    ? null
                    : existing + " exists and is not a workload file; choose another --out name";
        });
    }

    /**
     * Reads a workload file.
     *
     * @throws IOException with one line naming the file and the fix when it is not a workload
     */
    public static Workload load(Path file) throws IOException {
        String text = TextFiles.read(file, TextFiles.LIMIT);
        if (!text.contains(MARK)) {
            throw new IOException(file + ": not a workload file (no \"kind\": \"cdnx-workload\"); make one with"
                    + " cdnx import LOG --out " + file.getFileName());
        }
        try {
            return JSON.readValue(text, Workload.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": the workload file is damaged at line "
                    + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + "); import the log again");
        }
    }

    /**
     * The file a scenario's {@code workload.file} names, resolved against the scenario's folder.
     *
     * @throws IOException naming the rule and the fix when it lies outside that folder or is missing
     */
    public static Path resolve(String ref, Path scenarioDir) throws IOException {
        Path folder = real(scenarioDir.toAbsolutePath().normalize());
        Path file = real(scenarioDir.resolve(ref).toAbsolutePath().normalize());
        if (!file.startsWith(folder)) {
            throw new IOException("workload.file \"" + ref + "\" lies outside the scenario's folder, so it is not read;"
                    + " copy the workload beside the scenario and name it by a relative path");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("workload.file \"" + ref + "\": no such file beside the scenario (" + file + ")");
        }
        return file;
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return p;
        }
    }
}
