package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a file of cases in the format of the public HTTP cache test suite (an array of groups, each
 * with {@code id}, {@code name} and {@code tests}). Every problem is reported as a
 * {@link SuiteFormatException} whose message names the file, the place, what is wrong and the fix; a
 * missing file, invalid JSON, a group without tests, a case without {@code id} or {@code requests},
 * a duplicate id, and a dependency on an unknown case are all refused.
 */
public final class SuiteFile {

    private SuiteFile() {}

    /** A suite file that cannot be used, with a message fit for the command line. */
    public static final class SuiteFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public SuiteFormatException(String message) {
            super(message);
        }
    }

    /** The groups of {@code file}, in file order. */
    public static List<SuiteGroup> load(Path file) throws SuiteFormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new SuiteFormatException(file + ": no such file. Give the path of a cases file such as "
                    + "../shared/http-cache-tests/cache-tests.json.");
        } catch (JsonProcessingException e) {
            throw new SuiteFormatException(
                    file + ": not valid JSON (line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage()
                            + ". Fix the JSON or export the suite again.");
        } catch (IOException e) {
            throw new SuiteFormatException(
                    file + ": cannot be read (" + e.getMessage() + "). Check the path " + "and its permissions.");
        }
        if (root == null || !root.isArray()) {
            throw new SuiteFormatException(file + ": the top level must be an array of groups "
                    + "({id, name, tests}); it is " + (root == null ? "empty" : root.getNodeType()) + ".");
        }
        List<SuiteGroup> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < root.size(); g++) {
            JsonNode group = root.get(g);
            String where = file + ": group " + (g + 1);
            String groupId = text(group, "id", where);
            JsonNode tests = group.get("tests");
            if (tests == null || !tests.isArray()) {
                throw new SuiteFormatException(where + " (" + groupId + ") has no \"tests\" array. Add one.");
            }
            List<SuiteTest> list = new ArrayList<>();
            for (int t = 0; t < tests.size(); t++) {
                SuiteTest test = test(tests.get(t), groupId, where + " (" + groupId + "), test " + (t + 1));
                if (!ids.add(test.id())) {
                    throw new SuiteFormatException(
                            where + ": test id \"" + test.id() + "\" appears twice. " + "Give every test its own id.");
                }
                list.add(test);
            }
            groups.add(new SuiteGroup(groupId, group.path("name").asText(groupId), list));
        }
        for (SuiteGroup group : groups) {
            for (SuiteTest test : group.tests()) {
                for (String dep : test.dependsOn()) {
                    if (!ids.contains(dep)) {
                        throw new SuiteFormatException(file + ": test \"" + test.id() + "\" depends on unknown "
                                + "test \"" + dep + "\". Remove the dependency or add that test.");
                    }
                }
            }
        }
        return groups;
    }

    private static SuiteTest test(JsonNode node, String groupId, String where) throws SuiteFormatException {
        if (node == null || !node.isObject()) {
            throw new SuiteFormatException(where + " is not an object. Each test is {id, name, requests}.");
        }
        String id = text(node, "id", where);
        JsonNode requests = node.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw new SuiteFormatException(where + " (" + id + ") has no \"requests\" array with at least one "
                    + "request. Add the requests the test makes.");
        }
        List<JsonNode> reqs = new ArrayList<>();
        for (JsonNode r : requests) {
            if (!r.isObject()) {
                throw new SuiteFormatException(where + " (" + id + "): every request must be an object.");
            }
            reqs.add(r);
        }
        List<String> deps = new ArrayList<>();
        node.path("depends_on").forEach(d -> deps.add(d.asText()));
        return new SuiteTest(
                id,
                node.path("name").asText(id),
                groupId,
                node.path("kind").asText(SuiteTest.REQUIRED),
                deps,
                node.path("browser_only").asBoolean(false),
                node.path("cdn_only").asBoolean(false),
                reqs);
    }

    private static String text(JsonNode node, String field, String where) throws SuiteFormatException {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SuiteFormatException(where + " lacks a text \"" + field + "\". Add it.");
        }
        return value.asText();
    }
}
