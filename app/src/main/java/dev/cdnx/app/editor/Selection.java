package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** What is selected: a set of nodes, or one link (selecting one clears the other). */
public final class Selection {

    private final ObservableSet<NodeSpec> nodes = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<LinkSpec> link = new SimpleObjectProperty<>(this, "link");

    public ObservableSet<NodeSpec> nodes() {
        return nodes;
    }

    public ObjectProperty<LinkSpec> linkProperty() {
        return link;
    }

    public LinkSpec link() {
        return link.get();
    }

    public List<NodeSpec> nodeList() {
        return new ArrayList<>(nodes);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && link.get() == null;
    }

    public boolean contains(NodeSpec n) {
        return nodes.contains(n);
    }

    public void set(Collection<NodeSpec> ns) {
        link.set(null);
        if (!(nodes.size() == ns.size() && nodes.containsAll(ns))) {
            nodes.clear();
            nodes.addAll(ns);
        }
    }

    public void add(Collection<NodeSpec> ns) {
        link.set(null);
        nodes.addAll(ns);
    }

    public void toggle(NodeSpec n) {
        link.set(null);
        if (!nodes.remove(n)) {
            nodes.add(n);
        }
    }

    public void selectLink(LinkSpec l) {
        nodes.clear();
        link.set(l);
    }

    public void clear() {
        nodes.clear();
        link.set(null);
    }
}
