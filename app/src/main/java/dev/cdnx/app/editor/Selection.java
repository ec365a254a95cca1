package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.BoxSpec;
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

/**
 * What is selected: a set of nodes, one link, or one note or region (selecting one kind clears the
 * others).
 */
public final class Selection {

    private final ObservableSet<NodeSpec> nodes = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<LinkSpec> link = new SimpleObjectProperty<>(this, "link");
    private final ObjectProperty<BoxSpec> box = new SimpleObjectProperty<>(this, "box");

    public ObservableSet<NodeSpec> nodes() {
        return nodes;
    }

    public ObjectProperty<LinkSpec> linkProperty() {
        return link;
    }

    public LinkSpec link() {
        return link.get();
    }

    /** The selected note or region, or null. */
    public ObjectProperty<BoxSpec> boxProperty() {
        return box;
    }

    public BoxSpec box() {
        return box.get();
    }

    public void selectBox(BoxSpec b) {
        nodes.clear();
        link.set(null);
        box.set(b);
    }

    public List<NodeSpec> nodeList() {
        return new ArrayList<>(nodes);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && link.get() == null && box.get() == null;
    }

    public boolean contains(NodeSpec n) {
        return nodes.contains(n);
    }

    public void set(Collection<NodeSpec> ns) {
        link.set(null);
        box.set(null);
        if (!(nodes.size() == ns.size() && nodes.containsAll(ns))) {
            nodes.clear();
            nodes.addAll(ns);
        }
    }

    public void add(Collection<NodeSpec> ns) {
        link.set(null);
        box.set(null);
        nodes.addAll(ns);
    }

    public void toggle(NodeSpec n) {
        link.set(null);
        box.set(null);
        if (!nodes.remove(n)) {
            nodes.add(n);
        }
    }

    public void selectLink(LinkSpec l) {
        nodes.clear();
        box.set(null);
        link.set(l);
    }

    public void clear() {
        nodes.clear();
        box.set(null);
        link.set(null);
    }
}
