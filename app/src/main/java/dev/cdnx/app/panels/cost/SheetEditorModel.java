package dev.cdnx.app.panels.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cdnx.app.files.ReplaceGuard;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.FileKind;
import dev.cdnx.model.io.ScenarioIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The price sheet editor's state: every price of a sheet as an editable row (its JSON path and text,
 * e.g. {@code egress.apac[0].price = "$0.170/GB"}), and saving the edited copy as a new sheet file
 * {@code <scenario folder>/pricing/NAME.json}, checked by the model's sheet reader first so a bad price
 * is reported with its place and never written.
 */
public final class SheetEditorModel {

    /** One editable price. */
    public static final class Row {
        private final String path;
        private final StringProperty value;

        Row(String path, String value) {
            this.path = path;
            this.value = new SimpleStringProperty(value);
        }

        public String path() {
            return path;
        }

        public StringProperty valueProperty() {
            return value;
        }
    }

    /** Top-level fields that are descriptions, not prices. */
    private static final Set<String> TEXT_FIELDS = Set.of("name", "label", "note", "currency");

    private final ObjectNode root;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** Opens the sheet {@code sheet} as the scenario in {@code folder} would find it. */
    public SheetEditorModel(String sheet, Path folder) {
        String text = SheetSource.text(sheet, folder);
        if (text == null) {
            throw new IllegalArgumentException("no price sheet \"" + sheet + "\" to copy");
        }
        try {
            root = (ObjectNode) ScenarioIO.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("the sheet \"" + sheet + "\" is not valid JSON", e);
        }
        collect(root, "");
    }

    private void collect(JsonNode node, String at) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!at.isEmpty() || !TEXT_FIELDS.contains(e.getKey())) {
                    collect(e.getValue(), at.isEmpty() ? e.getKey() : at + "." + e.getKey());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "[" + i + "]");
            }
        } else if ((node.isTextual() && node.asText().contains("$"))
                || at.endsWith("upTo")
                || at.endsWith("bytesPerRequest")) {
            rows.add(new Row(at, node.asText()));
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Changes the row at {@code path}; false when there is no such row. */
    public boolean set(String path, String value) {
        for (Row r : rows) {
            if (r.path().equals(path)) {
                r.valueProperty().set(value);
                return true;
            }
        }
        return false;
    }

    /** The edited sheet as JSON text, named {@code name}. */
    public String toJson(String name) {
        ObjectNode copy = root.deepCopy();
        copy.put("name", name);
        if (!copy.path("label").asText().toLowerCase(Locale.ROOT).contains("edited")) {
            copy.put("label", copy.path("label").asText("Prices") + " (edited copy)");
        }
        for (Row r : rows) {
            put(copy, r.path(), r.valueProperty().get());
        }
        try {
            return ScenarioIO.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(copy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int idx = -1;
            if (p.endsWith("]")) {
                idx = Integer.parseInt(p.substring(p.indexOf('[') + 1, p.length() - 1));
                p = p.substring(0, p.indexOf('['));
            }
            boolean last = i == parts.length - 1;
            if (last && idx < 0) {
                ((ObjectNode) node).set(p, TextNode.valueOf(value));
                return;
            }
            node = node.get(p);
            if (idx >= 0) {
                if (last) {
                    ((ArrayNode) node).set(idx, TextNode.valueOf(value));
                    return;
                }
                node = node.get(idx);
            }
        }
    }

    /**
     * Checks the edited sheet and, when it reads cleanly, writes it as {@code <folder>/pricing/NAME.json}.
     *
     * @return what reading the new sheet gave; nothing is written when it is not ok
     */
    /**
     * What is wrong with an edited sheet that did not save, for the editor: each price by its row's name,
     * what is wrong with it and the fix, one per line. No file or line: nothing was written, and the rows
     * are what the person edits.
     */
    public static String problemsOf(SheetLoad load) {
        StringBuilder sb = new StringBuilder();
        for (dev.cdnx.model.problem.Problem p : load.problems()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (p.path() != null && !p.path().isEmpty()) {
                sb.append(p.path()).append(": ");
            }
            sb.append(p.message());
            if (p.fix() != null && !p.fix().isEmpty()) {
                sb.append(". Fix: ").append(p.fix());
            }
        }
        return sb.toString();
    }

    /** {@link #save(Path, String, ReplaceGuard)} that never replaces a file that is not a price sheet. */
    public SheetLoad save(Path folder, String name) throws IOException {
        return save(folder, name, new ReplaceGuard((file, why) -> false));
    }

    /**
     * Writes the sheet as {@code pricing/NAME.json} beside the scenario. A file there that is not a price
     * sheet is someone's other work: it is replaced only when {@code replace} says the person agreed.
     *
     * @throws AtomicFiles.NotOursException when the person kept that file (nothing is written)
     */
    public SheetLoad save(Path folder, String name, ReplaceGuard replace) throws IOException {
        if (folder == null) {
            throw new IOException("save the scenario first: a new sheet is written next to the scenario file");
        }
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IOException("name the sheet with letters, digits, '.', '-' or '_' (e.g. my-contract)");
        }
        Path file = folder.resolve("pricing").resolve(name + ".json");
        String json = toJson(name);
        SheetLoad load = PriceSheets.parse(json, file.toString());
        if (!load.ok()) {
            return load;
        }
        if (!replace.mayWrite(file, FileKind.PRICE_SHEET)) {
            throw new AtomicFiles.NotOursException(
                    file + " exists and is not a price sheet; choose another name for the new sheet");
        }
        AtomicFiles.writeString(file, json + "\n");
        return load;
    }
}
