package dev.cdnx.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.validation.ScenarioValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes scenario files. Reading never throws for bad content: every mistake becomes a
 * {@link Problem} with file, line, column and JSON path, and the semantic rules of
 * {@link ScenarioValidator} run on what could be read. Writing is atomic (a temporary file beside the
 * target, then a rename), with stable key order and two-space indentation so files diff well.
 */
public final class ScenarioIO {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new UnitsModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ScenarioIO() {
    }

    /** The mapper with the unit forms, for other model classes that read or write JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads and validates a file. A missing or unreadable file is one problem, not an exception. */
    public static LoadResult read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new LoadResult(null, List.of(Problem.error("", "no such file",
                    "check the path; scenario files end in .json").at(name, 0, 0)));
        } catch (IOException | RuntimeException e) {
            return new LoadResult(null, List.of(Problem.error("", "cannot read the file (" + e.getMessage() + ")",
                    "check that it is a readable UTF-8 text file").at(name, 0, 0)));
        }
        return read(text, name, file.getParent());
    }

    /** Reads and validates scenario text; {@code fileName} only labels the problems. */
    public static LoadResult read(String text, String fileName) {
        return read(text, fileName, null);
    }

    private static LoadResult read(String text, String fileName, Path baseDir) {
        LocationIndex index = LocationIndex.of(text);
        List<Problem> problems = new ArrayList<>();
        Scenario scenario = bind(text, problems);
        if (scenario != null) {
            // A field that could not be read was left unset; its parse problem already says so.
            java.util.Set<String> unreadable = new java.util.HashSet<>();
            problems.forEach(p -> unreadable.add(p.path()));
            for (Problem p : new ScenarioValidator(baseDir).validate(scenario)) {
                if (!unreadable.contains(p.path())) {
                    problems.add(p);
                }
            }
        }
        List<Problem> placed = new ArrayList<>();
        for (Problem p : problems) {
            if (p.line() > 0) {
                placed.add(p.at(fileName, p.line(), p.column()));
            } else {
                int[] pos = index.find(p.path());
                placed.add(p.at(fileName, pos[0], pos[1]));
            }
        }
        placed.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new LoadResult(scenario, placed);
    }

    private static Scenario bind(String text, List<Problem> problems) {
        ProblemCollector collector = new ProblemCollector();
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                problems.add(Problem.error("", "the file is empty", "start from a file in samples/"));
                return null;
            }
            if (!tree.isObject()) {
                problems.add(Problem.error("", "expected a JSON object { … } with the scenario's fields, got "
                        + tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT),
                        "start from a file in samples/").at(null, 1, 1));
                return null;
            }
            ObjectReader reader = MAPPER.readerFor(Scenario.class).withHandler(collector)
                    .withAttribute(ProblemCollector.ATTRIBUTE, collector);
            Scenario scenario;
            int version = tree.path("formatVersion").asInt(1);
            if (version < Scenario.CURRENT_FORMAT_VERSION) {
                scenario = reader.readValue(FormatUpgrades.upgrade((ObjectNode) tree, version));
            } else {
                scenario = reader.readValue(text);
            }
            problems.addAll(collector.problems());
            return scenario;
        } catch (JsonProcessingException e) {
            problems.addAll(collector.problems());
            problems.add(syntaxProblem(e));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.addAll(collector.problems());
            problems.add(Problem.error("", "cannot read the scenario (" + e.getMessage() + ")",
                    "compare the file with samples/hello-cdn.json"));
            return null;
        }
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        String message;
        String fix;
        if (original.contains("end-of-input")) {
            message = "the file ends before the JSON is complete";
            fix = "add the missing closing } or ] (the file may have been cut short)";
        } else if (original.contains("Unexpected character")) {
            message = "not valid JSON here: " + firstSentence(original);
            fix = "check for a missing comma, quote or colon just before this place";
        } else {
            message = "not valid JSON: " + firstSentence(original);
            fix = "compare the file with samples/hello-cdn.json";
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return Problem.error("", message, fix).at(null, Math.max(line, 0), Math.max(col, 0));
    }

    private static String firstSentence(String s) {
        int cut = s.indexOf('\n');
        String first = cut < 0 ? s : s.substring(0, cut);
        return first.replaceAll(" \\(code \\d+\\)", "");
    }

    /** The file form of a scenario. */
    public static String toJson(Scenario scenario) {
        try {
            return MAPPER.writer(printer()).writeValueAsString(scenario) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario that cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return p;
    }

    /**
     * Writes a scenario atomically: a temporary file in the same folder, then a rename over the target,
     * so a crash mid-save leaves either the old file or the new one, never half of one.
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(scenario));
    }

    /** A deep copy, through the file form. */
    public static Scenario copy(Scenario scenario) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsString(scenario), Scenario.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario that cannot be copied: " + e.getOriginalMessage(), e);
        }
    }
}
