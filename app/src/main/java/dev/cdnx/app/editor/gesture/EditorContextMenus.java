package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.BoxWordsEditor;
import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorActions;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.editor.commands.ChangeLinkCommand;
import dev.cdnx.model.scenario.NodeKind;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** Context menus for a node, a link and empty canvas. */
public final class EditorContextMenus implements GestureController.ContextMenus {

    private final EditorViewModel vm;
    private final EditorActions a;
    private ContextMenu showing;

    private java.util.function.Function<dev.cdnx.model.scenario.NodeSpec, java.util.List<MenuItem>> nodeExtras =
            n -> java.util.List.of();

    /** Items other features add to a node's menu (the live run's take down / bring up). */
    public void setNodeExtras(
            java.util.function.Function<dev.cdnx.model.scenario.NodeSpec, java.util.List<MenuItem>> extras) {
        this.nodeExtras = extras;
    }

    private final CanvasView canvas;

    public EditorContextMenus(EditorViewModel vm, EditorActions actions) {
        this(vm, actions, null);
    }

    /** With the canvas, a note's or region's menu can edit its words in place. */
    public EditorContextMenus(EditorViewModel vm, EditorActions actions, CanvasView canvas) {
        this.vm = vm;
        this.a = actions;
        this.canvas = canvas;
    }

    @Override
    public void show(Node owner, GestureController.ContextTarget t) {
        if (showing != null) {
            showing.hide();
        }
        ContextMenu m = new ContextMenu();
        m.setId("context-menu");
        if (t.node() != null) {
            m.getItems()
                    .addAll(
                            a.cut.menuItem(),
                            a.copy.menuItem(),
                            a.duplicate.menuItem(),
                            a.delete.menuItem(),
                            new SeparatorMenuItem(),
                            a.alignLeft.menuItem(),
                            a.alignTop.menuItem());
            java.util.List<MenuItem> extras = nodeExtras.apply(t.node());
            if (!extras.isEmpty()) {
                m.getItems().add(new SeparatorMenuItem());
                m.getItems().addAll(extras);
            }
        } else if (t.box() != null) {
            m.getItems().addAll(sketchItems(t.box()));
        } else if (t.link() != null) {
            MenuItem derive = new MenuItem("Derive RTT from Distance", new FontIcon("mdi2m-map-marker-distance"));
            derive.setDisable(t.link().rtt == null);
            derive.setOnAction(e -> vm.run(new ChangeLinkCommand(vm.document(), t.link(), null)));
            m.getItems().addAll(derive, a.delete.menuItem());
        } else {
            for (NodeKind k : NodeKind.values()) {
                MenuItem add = new MenuItem("Add " + k.label() + " Here", new FontIcon(NodeView.iconOf(k)));
                add.setOnAction(e -> vm.addNode(k, t.world().getX(), t.world().getY()));
                m.getItems().add(add);
            }
            MenuItem note = new MenuItem("Add Note Here", new FontIcon("mdi2n-note-text-outline"));
            note.setId("add-note-here");
            note.setOnAction(
                    e -> vm.sketch().addNote(t.world().getX(), t.world().getY(), "Note"));
            MenuItem region = new MenuItem("Add Region Here", new FontIcon("mdi2s-select-group"));
            region.setId("add-region-here");
            region.setOnAction(
                    e -> vm.sketch().addRegion(t.world().getX(), t.world().getY(), "Region"));
            m.getItems().addAll(new SeparatorMenuItem(), note, region);
            MenuItem pasteHere = new MenuItem("Paste Here", new FontIcon("mdi2c-content-paste"));
            pasteHere.setId("paste-here");
            pasteHere.disableProperty().bind(vm.clipboard().fullProperty().not());
            pasteHere.setOnAction(
                    e -> vm.clipboard().pasteAt(t.world().getX(), t.world().getY()));
            m.getItems()
                    .addAll(
                            new SeparatorMenuItem(),
                            pasteHere,
                            a.selectAll.menuItem(),
                            new SeparatorMenuItem(),
                            a.zoomFit.menuItem(),
                            a.autoLayout.menuItem(),
                            a.placeOnMap.menuItem());
        }
        showing = m;
        m.show(owner, t.screenX(), t.screenY());
    }

    /** Edit the words, duplicate a region with its nodes, delete. */
    private java.util.List<MenuItem> sketchItems(dev.cdnx.model.scenario.BoxSpec box) {
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        MenuItem edit = new MenuItem(
                box instanceof dev.cdnx.model.scenario.NoteSpec ? "Edit Text" : "Edit Label",
                new FontIcon("mdi2p-pencil-outline"));
        edit.setId("edit-box-words");
        edit.setOnAction(e -> {
            if (canvas != null) {
                BoxWordsEditor.edit(canvas, box);
            }
        });
        items.add(edit);
        if (box instanceof dev.cdnx.model.scenario.RegionSpec r) {
            MenuItem dup = new MenuItem("Duplicate Region with Its Nodes", new FontIcon("mdi2c-content-duplicate"));
            dup.setId("duplicate-region");
            dup.setOnAction(e -> vm.sketch().duplicateRegion(r));
            items.add(dup);
        }
        items.add(a.delete.menuItem());
        return items;
    }
}
