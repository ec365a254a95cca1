package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.BoxView;
import dev.cdnx.app.editor.BoxWordsEditor;
import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.editor.Viewport;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Turns mouse and key events on the canvas into gestures: a press picks one (pan, connect from a port,
 * move a node, select a link, marquee on empty space) and that gesture owns the drag until release.
 * Also: wheel zoom around the cursor, nodes dropped from the palette, and the context menu.
 */
public final class GestureController {

    /** What a context menu was asked for: a node, a link, or empty canvas at a world point. */
    public record ContextTarget(
            NodeSpec node, LinkSpec link, BoxSpec box, Point2D world, double screenX, double screenY) {}

    /** Shows a context menu for a target. */
    public interface ContextMenus {
        void show(Node owner, ContextTarget target);
    }

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private Gesture active;
    private boolean spaceDown;
    private ContextMenus menus = (o, t) -> {};

    public GestureController(CanvasView canvas, EditorViewModel vm) {
        this.canvas = canvas;
        this.vm = vm;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null) {
                active.drag(e);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (active != null) {
                Gesture g = active;
                active = null;
                g.release(e);
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::dropped);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = true;
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && active != null) {
                active.cancel();
                active = null;
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    public void setContextMenus(ContextMenus menus) {
        this.menus = menus;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (active != null) {
            active.cancel();
            active = null;
        }
        NodeView hit = canvas.nodeAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            contextMenu(e, hit);
            return;
        }
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            active = new PanGesture(vm.viewport(), canvas, e);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node picked = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        boolean onPort = picked != null && picked.getStyleClass().contains(Styles.NODE_PORT);
        if (onPort) {
            Node owner = picked;
            while (owner != null && !(owner instanceof NodeView)) {
                owner = owner.getParent();
            }
            hit = owner == null ? hit : (NodeView) owner;
        }
        if (hit != null && (onPort || e.isAltDown())) {
            active = new ConnectGesture(canvas, vm, hit.node());
            return;
        }
        if (hit != null) {
            NodeSpec n = hit.node();
            if (e.isShiftDown() || e.isShortcutDown()) {
                vm.selection().toggle(n);
                return;
            }
            if (!vm.selection().contains(n)) {
                vm.selection().set(List.of(n));
            }
            active = new MoveGesture(canvas, vm, e);
            return;
        }
        BoxView box = canvas.sketchLayer().boxAt(e.getX(), e.getY());
        if (box != null) {
            pressedOnBox(box, e);
            return;
        }
        LinkSpec link = canvas.linkAt(e.getX(), e.getY());
        if (link != null) {
            vm.selection().selectLink(link);
            return;
        }
        active = new MarqueeGesture(canvas, vm, e);
    }

    /**
     * A press on a note or region: the corner resizes, elsewhere moves; a double-click (a second press
     * released where it was pressed) edits its words. The second press of a quick click-then-drag counts
     * as a double-click too, and it opened the editor instead of moving the region: the words wait for
     * the release now.
     */
    private void pressedOnBox(BoxView box, MouseEvent e) {
        vm.selection().selectBox(box.box());
        Point2D w = vm.viewport().toWorld(e.getX(), e.getY());
        Runnable ifStill = e.getClickCount() == 2 ? () -> BoxWordsEditor.edit(canvas, box.box()) : () -> {};
        active = box.onHandle(w.getX(), w.getY())
                ? new BoxResizeGesture(vm, box, e)
                : new BoxMoveGesture(canvas, vm, box, e, ifStill);
    }

    private void contextMenu(MouseEvent e, NodeView hit) {
        Point2D world = vm.viewport().toWorld(e.getX(), e.getY());
        LinkSpec link = null;
        BoxSpec box = null;
        if (hit != null && !vm.selection().contains(hit.node())) {
            vm.selection().set(List.of(hit.node()));
        } else if (hit == null) {
            BoxView boxView = canvas.sketchLayer().boxAt(e.getX(), e.getY());
            link = boxView != null ? null : canvas.linkAt(e.getX(), e.getY());
            if (boxView != null) {
                box = boxView.box();
                vm.selection().selectBox(box);
            } else if (link != null) {
                vm.selection().selectLink(link);
            }
        }
        menus.show(
                canvas,
                new ContextTarget(hit == null ? null : hit.node(), link, box, world, e.getScreenX(), e.getScreenY()));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        Viewport vp = vm.viewport();
        vp.zoomAt(e.getDeltaY() > 0 ? Viewport.STEP : 1 / Viewport.STEP, e.getX(), e.getY());
        e.consume();
    }

    private void dropped(MouseDragEvent e) {
        Object source = e.getGestureSource();
        if (source instanceof Node n && n.getUserData() instanceof NodeKind kind) {
            Point2D w = vm.viewport().toWorld(e.getX(), e.getY());
            vm.addNode(kind, w.getX(), w.getY());
            canvas.requestFocus();
            e.consume();
        }
    }
}
