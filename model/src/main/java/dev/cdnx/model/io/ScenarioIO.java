package dev.cdnx.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.validation.ScenarioValidator;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Reads and writes scenario files. Reading never throws for bad content: every mistake becomes a
 * {@link Problem} with file, line, column and JSON path, and the semantic rules of
 * {@link ScenarioValidator} run on what could be read. Writing is atomic (a temporary file beside the
 * target, then a rename), with stable key order and two-space indentation so files diff well.
 */
public final class ScenarioIO {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new UnitsModule())
            .addModule(new StrictNumbers())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** Per scenario read from a file, what it said that the scenario could not hold (weak: no leak). */
    private static final Map<Scenario, CarriedFields> CARRIED = Collections.synchronizedMap(new WeakHashMap<>());

    private ScenarioIO() {}

    /** The mapper with the unit forms, for other model classes that read or write JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads and validates a file. A missing, oversized or non-UTF-8 file is one problem, not an exception;
     * the file's size is checked before parsing ({@link TextFiles#LIMIT}).
     */
    public static LoadResult read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = TextFiles.read(file, TextFiles.LIMIT);
        } catch (NoSuchFileException e) {
            return new LoadResult(
                    null,
                    List.of(Problem.error("", "no such file", "check the path; scenario files end in .json")
                            .at(name, 0, 0)));
        } catch (TextFiles.Unreadable e) {
            return new LoadResult(
                    null, List.of(Problem.error("", e.getMessage(), e.fix()).at(name, 0, 0)));
        } catch (IOException | RuntimeException e) {
            return new LoadResult(
                    null,
                    List.of(Problem.error(
                                    "",
                                    "cannot read the file (" + e.getClass().getSimpleName() + ")",
                                    "check that it exists and that you may read it")
                            .at(name, 0, 0)));
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
        List<String> unread = new ArrayList<>();
        Scenario scenario = bind(text, problems, unread);
        if (scenario != null) {
            // A field that could not be read was left unset; its parse problem already says so.
            Set<String> unreadable = new HashSet<>();
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
        placed.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new LoadResult(scenario, placed);
    }

    private static Scenario bind(String text, List<Problem> problems, List<String> unread) {
        ProblemCollector collector = new ProblemCollector();
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                problems.add(Problem.error("", "the file is empty", "start from a file in samples/"));
                return null;
            }
            if (!tree.isObject()) {
                problems.add(Problem.error(
                                "",
                                "expected a JSON object { … } with the scenario's fields, got "
                                        + tree.getNodeType().toString().toLowerCase(Locale.ROOT),
                                "start from a file in samples/")
                        .at(null, 1, 1));
                return null;
            }
            ObjectReader reader = MAPPER.readerFor(Scenario.class)
                    .withHandler(collector)
                    .withAttribute(ProblemCollector.ATTRIBUTE, collector);
            Scenario scenario;
            JsonNode version = tree.path("formatVersion");
            if (!version.isMissingNode() && !(version.canConvertToInt() && version.isIntegralNumber())) {
                problems.add(Problem.error(
                        "formatVersion",
                        "the format version must be a whole number",
                        "write \"formatVersion\": " + Scenario.CURRENT_FORMAT_VERSION));
                return null;
            }
            int v = version.asInt(1);
            if (v < 0) {
                problems.add(Problem.error(
                        "formatVersion",
                        "the format version " + v + " does not exist",
                        "write \"formatVersion\": " + Scenario.CURRENT_FORMAT_VERSION));
                return null;
            }
            JsonNode bound = tree;
            if (v < Scenario.CURRENT_FORMAT_VERSION) {
                bound = FormatUpgrades.upgrade(((ObjectNode) tree).deepCopy(), v);
                scenario = reader.readValue(bound);
            } else {
                scenario = reader.readValue(text);
            }
            List<Problem> unreadProblems = new ArrayList<>(collector.problems());
            unread.addAll(collector.unreadPointers());
            NullRepairs.repair(scenario, unreadProblems, unread);
            problems.addAll(unreadProblems);
            CARRIED.put(scenario, CarriedFields.capture(scenario, bound, unread, unreadProblems, MAPPER));
            return scenario;
        } catch (JsonProcessingException e) {
            problems.addAll(collector.problems());
            problems.add(syntaxProblem(e));
            return null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.addAll(collector.problems());
            problems.add(Problem.error(
                    "",
                    "this file could not be read as a scenario (" + e.getClass().getSimpleName() + ")",
                    "compare the file with samples/hello-cdn.json and report the file to the project"));
            return null;
        }
    }

    /**
     * A syntax error in words, without quoting the file: the text at the break may be anything (a
     * secret, binary), and line and column already say where it is.
     */
    private static Problem syntaxProblem(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String message;
        String fix;
        if (original.startsWith("Duplicate field")) {
            message = "a field appears twice in the same object";
            fix = "keep one of the two (a file with both would silently use the last)";
        } else if (original.startsWith("Trailing token")) {
            message = "more content after the scenario's closing }";
            fix = "a scenario file holds one JSON object: remove what follows it";
        } else if (original.contains("end-of-input")) {
            message = "the file ends before the JSON is complete";
            fix = "add the missing closing } or ] (the file may have been cut short)";
        } else if (original.contains("Non-standard token")) {
            message = "not a JSON number (NaN and Infinity are not allowed)";
            fix = "write a finite number";
        } else if (original.contains("Unexpected character") || original.contains("Unrecognized token")) {
            message = "not valid JSON here";
            fix = "check for a missing comma, quote or colon just before this place";
        } else {
            message = "not valid JSON";
            fix = "compare the file with samples/hello-cdn.json";
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return Problem.error("", message, fix).at(null, Math.max(line, 0), Math.max(col, 0));
    }

    /**
     * The file form of a scenario, with every value the file had that the scenario could not hold
     * ({@link CarriedFields}) written back as it was.
     */
    public static String toJson(Scenario scenario) {
        try {
            ObjectNode tree = MAPPER.valueToTree(scenario);
            carried(scenario).writeInto(scenario, tree, MAPPER);
            return MAPPER.writer(printer()).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("a scenario that cannot be written: " + e.getMessage(), e);
        }
    }

    /** What the file {@code scenario} was read from said that the scenario could not hold; empty for none. */
    public static CarriedFields carried(Scenario scenario) {
        CarriedFields c = CARRIED.get(scenario);
        return c == null ? CarriedFields.none() : c;
    }

    /**
     * The problems of a scenario as it is now: those of the values it carries from its file (still as
     * written) and the validator's, without the validator's complaints about a carried field (its
     * reading problem already says so). On a scenario just read this is the file's list of problems.
     *
     * @param baseDir the scenario file's folder, or null
     */
    public static List<Problem> check(Scenario scenario, Path baseDir) {
        List<Problem> out = new ArrayList<>(carried(scenario).problems(scenario, MAPPER));
        Set<String> carriedPaths = new HashSet<>();
        out.forEach(p -> carriedPaths.add(p.path()));
        for (Problem p : new ScenarioValidator(baseDir).validate(scenario)) {
            if (!carriedPaths.contains(p.path())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The text as written of an unreadable field ({@code "ttl": "soon"}) at {@code pointer}, while the
     * person has not set it; null when the field was read or has been set since.
     */
    public static String rawText(Scenario scenario, String pointer) {
        return carried(scenario).rawText(scenario, pointer, MAPPER);
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
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
