package dev.cdnx.app.editor.properties;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.commands.ChangeLinkCommand;
import dev.cdnx.app.editor.commands.ChangeNodesCommand;
import dev.cdnx.app.editor.commands.ChangeSettingsCommand;
import dev.cdnx.app.editor.commands.NodeCopies;
import dev.cdnx.app.editor.commands.RenameNodeCommand;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import dev.cdnx.model.topology.TopologyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * What the property sheet shows and how its edits become commands. With nodes selected: the fields
 * that apply to every selected kind (a multi-selection edits them all at once; differing values show
 * empty as "mixed"); with a link: its ends and RTT; with nothing: the scenario's settings. A value that
 * does not parse is refused with the reason, and nothing changes.
 */
public final class PropertiesViewModel {

    /**
     * One row of the sheet. {@code invalid} is true when {@code value} is the text the file had for a
     * value that could not be read: it is shown as written, marked, until the person sets the field.
     */
    public record Row(Field<?> field, String value, boolean mixed, boolean invalid) {
        public Row(Field<?> field, String value, boolean mixed) {
            this(field, value, mixed, false);
        }
    }

    private final EditorViewModel vm;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean suspended;

    public PropertiesViewModel(EditorViewModel vm) {
        this.vm = vm;
        vm.selection().nodes().addListener((SetChangeListener<NodeSpec>) c -> refresh());
        vm.selection().linkProperty().addListener((o, a, b) -> refresh());
        vm.document().addListener(new ScenarioListener() {
            @Override
            public void nodeChanged(NodeSpec node) {
                refreshLater();
            }

            @Override
            public void linkChanged(LinkSpec link) {
                refreshLater();
            }

            @Override
            public void settingsChanged() {
                refreshLater();
            }

            @Override
            public void scenarioReplaced(Scenario scenario) {
                refresh();
            }
        });
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The reason the last edit was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void refreshLater() {
        if (!suspended) {
            refresh();
        }
    }

    public void refresh() {
        List<Row> out = new ArrayList<>();
        List<NodeSpec> nodes = vm.selection().nodeList();
        LinkSpec link = vm.selection().link();
        if (!nodes.isEmpty()) {
            title.set(
                    nodes.size() == 1
                            ? nodes.get(0).name + " (" + nodes.get(0).kind.label() + ")"
                            : nodes.size() + " nodes selected: common settings");
            for (Field<NodeSpec> f : NodeFields.ALL) {
                if (nodes.stream().allMatch(f.appliesTo()) && (!f.equals(NodeFields.NAME) || nodes.size() == 1)) {
                    String raw = nodes.size() == 1 ? rawNodeText(nodes.get(0), f) : null;
                    String first = f.getter().apply(nodes.get(0));
                    boolean mixed = nodes.stream()
                            .anyMatch(n -> !first.equals(f.getter().apply(n)));
                    out.add(raw != null ? new Row(f, raw, false, true) : new Row(f, mixed ? "" : first, mixed));
                }
            }
        } else if (link != null) {
            title.set("Link " + link + derived(link));
            for (Field<LinkSpec> f : LinkFields.ALL) {
                out.add(new Row(f, f.getter().apply(link), false));
            }
        } else {
            title.set("Scenario settings");
            for (Field<Scenario> f : SettingsFields.ALL) {
                String place = FilePlaces.ofSetting(f);
                String raw = place == null ? null : ScenarioIO.rawText(vm.scenario(), place);
                out.add(
                        raw != null
                                ? new Row(f, raw, false, true)
                                : new Row(f, f.getter().apply(vm.scenario()), false));
            }
        }
        rows.setAll(out);
    }

    /** The file's text for a node field that could not be read, or null. */
    private String rawNodeText(NodeSpec n, Field<NodeSpec> f) {
        String place = FilePlaces.ofNodeField(f);
        int index = vm.scenario().topology.nodes.indexOf(n);
        return place == null || index < 0
                ? null
                : ScenarioIO.rawText(vm.scenario(), "/topology/nodes/" + index + place);
    }

    private String derived(LinkSpec l) {
        try {
            TopologyGraph g = new TopologyGraph(vm.scenario().topology);
            return String.format(Locale.ROOT, " — RTT %.1f ms%s", g.rttMs(l), l.rtt == null ? " (derived)" : "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Applies a typed value to the selection (or the scenario). Returns null when applied (or unchanged),
     * otherwise the reason it was refused.
     */
    @SuppressWarnings("unchecked")
    public String apply(Field<?> field, String text) {
        String value = text == null ? "" : text;
        String refused;
        suspended = true;
        try {
            List<NodeSpec> nodes = vm.selection().nodeList();
            LinkSpec link = vm.selection().link();
            if (!nodes.isEmpty()) {
                refused = applyToNodes((Field<NodeSpec>) field, nodes, value);
            } else if (link != null) {
                refused = applyToLink((Field<LinkSpec>) field, link, value);
            } else {
                refused = applyToScenario((Field<Scenario>) field, value);
            }
        } finally {
            suspended = false;
        }
        error.set(refused == null ? "" : field.name() + ": " + refused);
        if (refused != null) {
            // Nothing changed: the rows stay, so the field keeps the typed text, marked, to be corrected.
            vm.info("Refused " + field.name() + " = \"" + value + "\": " + refused);
        } else {
            refresh();
        }
        return refused;
    }

    private String applyToNodes(Field<NodeSpec> f, List<NodeSpec> nodes, String value) {
        if (!f.editable()) {
            return "this field cannot be edited";
        }
        if (nodes.stream()
                .allMatch(n -> value.equals(f.getter().apply(n)) || sameAfter(f, n, NodeCopies.copy(n), value))) {
            return null;
        }
        for (NodeSpec n : nodes) {
            String why = attempt(() -> f.setter().accept(NodeCopies.copy(n), value));
            if (why != null) {
                return why;
            }
        }
        if (f.equals(NodeFields.NAME)) {
            NodeSpec n = nodes.get(0);
            String name = value.trim();
            if (vm.scenario().node(name) != null) {
                return "another node is already called " + name;
            }
            vm.run(new RenameNodeCommand(vm.document(), n, name));
            return null;
        }
        String what = "Set " + f.name().toLowerCase(Locale.ROOT) + " of "
                + (nodes.size() == 1 ? nodes.get(0).name : nodes.size() + " nodes");
        vm.run(new ChangeNodesCommand(
                vm.document(), nodes, what, n -> f.setter().accept(n, value)));
        return null;
    }

    private String applyToLink(Field<LinkSpec> f, LinkSpec link, String value) {
        if (!Objects.equals(f, LinkFields.RTT)) {
            return "this field cannot be edited; draw a new link instead";
        }
        if (value.trim().equals(f.getter().apply(link))) {
            return null;
        }
        LinkSpec probe = new LinkSpec(link.from, link.to);
        String why = attempt(() -> f.setter().accept(probe, value));
        if (why == null) {
            vm.run(new ChangeLinkCommand(vm.document(), link, probe.rtt));
        }
        return why;
    }

    private String applyToScenario(Field<Scenario> f, String value) {
        if (value.equals(f.getter().apply(vm.scenario()))
                || sameAfter(f, vm.scenario(), ScenarioIO.copy(vm.scenario()), value)) {
            return null;
        }
        String why = attempt(() -> f.setter().accept(ScenarioIO.copy(vm.scenario()), value));
        if (why == null) {
            vm.run(new ChangeSettingsCommand(
                    vm.document(),
                    "Set " + f.name().toLowerCase(Locale.ROOT),
                    s -> f.setter().accept(s, value)));
        }
        return why;
    }

    /**
     * True when {@code value}, set on a copy, reads back as the current value ("3600s" where the TTL is
     * already 1h): such a commit is not an edit. The focus leaving a field just committed with Enter
     * commits its text again, and without this that was a second, identical step in the Log and history.
     */
    private static <T> boolean sameAfter(Field<T> f, T current, T copy, String value) {
        try {
            f.setter().accept(copy, value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return f.getter().apply(copy).equals(f.getter().apply(current));
    }

    /** Forgets the last refusal (the field it was about went back to its value, e.g. with Escape). */
    public void clearError() {
        error.set("");
    }

    private static String attempt(Runnable r) {
        try {
            r.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
