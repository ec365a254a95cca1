package dev.cdnx.app.editor.gesture;

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

    public EditorContextMenus(EditorViewModel vm, EditorActions actions) {
        this.vm = vm;
        this.a = actions;
    }

    @Override
    public void show(Node owner, GestureController.ContextTarget t) {
        if (showing != null) {
            showing.hide();
        }
        ContextMenu m = new ContextMenu();
        m.setId("context-menu");
        if (t.node() != null) {
            m.getItems().addAll(a.cut.menuItem(), a.copy.menuItem(), a.duplicate.menuItem(), a.delete.menuItem(),
                    new SeparatorMenuItem(), a.alignLeft.menuItem(), a.alignTop.menuItem());
            java.util.List<MenuItem> extras = nodeExtras.apply(t.node());
            if (!extras.isEmpty()) {
                m.getItems().add(new SeparatorMenuItem());
                m.getItems().addAll(extras);
            }
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
            MenuItem pasteHere = new MenuItem("Paste Here", new FontIcon("mdi2c-content-paste"));
            pasteHere.setId("paste-here");
            pasteHere.disableProperty().bind(vm.clipboard().fullProperty().not());
            pasteHere.setOnAction(e -> vm.clipboard().pasteAt(t.world().getX(), t.world().getY()));
            m.getItems().addAll(new SeparatorMenuItem(), pasteHere, a.selectAll.menuItem(),
                    new SeparatorMenuItem(), a.zoomFit.menuItem(), a.autoLayout.menuItem(), a.placeOnMap.menuItem());
        }
        showing = m;
        m.show(owner, t.screenX(), t.screenY());
    }
}
