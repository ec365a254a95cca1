package dev.cdnx.app.editor;

import dev.cdnx.app.action.Action;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** The editing actions, shared by the menus, the toolbar and the context menus. */
public final class EditorActions {

    public final Action undo;
    public final Action redo;
    public final Action cut;
    public final Action copy;
    public final Action paste;
    public final Action duplicate;
    public final Action delete;
    public final Action selectAll;
    public final Action zoomIn;
    public final Action zoomOut;
    public final Action zoomFit;
    public final Action zoomReset;
    public final Action autoLayout;
    public final Action placeOnMap;
    public final Action alignLeft;
    public final Action alignCenter;
    public final Action alignTop;
    public final Action alignMiddle;
    public final Action distributeHorizontally;
    public final Action distributeVertically;
    public final Action find;
    /** Ctrl+F's popup, also the keyboard's "link to a node chosen by name". */
    public final FindNodePopup findPopup;
    /** The canvas's keyboard editing. */
    public final KeyboardEditing keyboard;

    public final Action addNote;
    public final Action addRegion;
    public final Action duplicateRegion;

    public EditorActions(EditorViewModel vm, CanvasView canvas) {
        Selection sel = vm.selection();
        BooleanBinding hasNodes = Bindings.isNotEmpty(sel.nodes());
        BooleanBinding hasAny =
                hasNodes.or(sel.linkProperty().isNotNull()).or(sel.boxProperty().isNotNull());
        BooleanBinding several = Bindings.size(sel.nodes()).greaterThan(1);
        undo = new Action("Undo", "mdi2u-undo", "Shortcut+Z", vm.commands().canUndoProperty(), vm::undo)
                .withText(vm.commands().undoTextProperty());
        redo = new Action(
                        "Redo", "mdi2r-redo", "Shortcut+Shift+Z", vm.commands().canRedoProperty(), vm::redo)
                .withText(vm.commands().redoTextProperty());
        cut = new Action("Cut", "mdi2c-content-cut", "Shortcut+X", hasNodes, vm.clipboard()::cut);
        copy = new Action("Copy", "mdi2c-content-copy", "Shortcut+C", hasNodes, vm.clipboard()::copy);
        paste = new Action(
                "Paste", "mdi2c-content-paste", "Shortcut+V", vm.clipboard().fullProperty(), vm.clipboard()::paste);
        duplicate =
                new Action("Duplicate", "mdi2c-content-duplicate", "Shortcut+D", hasNodes, vm.clipboard()::duplicate);
        delete = new Action("Delete", "mdi2d-delete-outline", "Delete", hasAny, vm::deleteSelection);
        selectAll = new Action("Select All", "mdi2s-select-all", "Shortcut+A", vm::selectAll);
        zoomIn = new Action("Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+Plus", () -> canvas.zoom(Viewport.STEP));
        zoomOut = new Action(
                "Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+Minus", () -> canvas.zoom(1 / Viewport.STEP));
        zoomFit = new Action("Zoom to Fit", "mdi2f-fit-to-page-outline", "Shortcut+0", canvas::zoomToFit);
        zoomReset = new Action(
                "Actual Size (100 %)",
                "mdi2m-magnify-close",
                "Shortcut+1",
                () -> vm.viewport().zoomAt(1 / vm.viewport().scale(), canvas.getWidth() / 2, canvas.getHeight() / 2));
        autoLayout = new Action("Auto-layout by Tier", "mdi2f-file-tree-outline", "Shortcut+L", vm::autoLayout)
                .withHelp("Columns: users → steering → edges → shields → origins (one undo step)");
        placeOnMap = new Action("Place on Map", "mdi2m-map-marker-outline", "Shortcut+M", vm::placeOnMap)
                .withHelp("Puts every node with a latitude/longitude back at its place on the world map");
        alignLeft = new Action(
                "Align Left", "mdi2a-align-horizontal-left", null, several, () -> vm.align(Layouts.Align.LEFT));
        alignCenter = new Action(
                "Align Centres Vertically",
                "mdi2a-align-horizontal-center",
                null,
                several,
                () -> vm.align(Layouts.Align.CENTER));
        alignTop =
                new Action("Align Top", "mdi2a-align-vertical-top", null, several, () -> vm.align(Layouts.Align.TOP));
        alignMiddle = new Action(
                "Align Middles Horizontally",
                "mdi2a-align-vertical-center",
                null,
                several,
                () -> vm.align(Layouts.Align.MIDDLE));
        BooleanBinding three = Bindings.size(sel.nodes()).greaterThan(2);
        distributeHorizontally = new Action(
                        "Distribute Horizontally",
                        "mdi2d-distribute-horizontal-center",
                        null,
                        three,
                        () -> vm.distribute(0))
                .withHelp("Equal gaps between the selected nodes, left to right; the outermost two stay put");
        distributeVertically = new Action(
                        "Distribute Vertically",
                        "mdi2d-distribute-vertical-center",
                        null,
                        three,
                        () -> vm.distribute(1))
                .withHelp("Equal gaps between the selected nodes, top to bottom; the outermost two stay put");
        findPopup = new FindNodePopup(canvas);
        keyboard = new KeyboardEditing(canvas, vm, findPopup);
        find = new Action("Find Node…", "mdi2m-magnify", "Shortcut+F", findPopup::showFind)
                .withHelp("Type part of a name; Enter selects the node and centres the view on it");
        addNote = new Action("Add Note", "mdi2n-note-text-outline", null, () -> {
                    javafx.geometry.Point2D c = canvas.centreInWorld();
                    vm.sketch().addNote(c.getX(), c.getY(), "Note");
                })
                .withHelp("A free-text note on the canvas (N with the canvas focused); the engine ignores it");
        addRegion = new Action("Add Region", "mdi2s-select-group", null, () -> {
                    javafx.geometry.Point2D c = canvas.centreInWorld();
                    vm.sketch().addRegion(c.getX(), c.getY(), "Region");
                })
                .withHelp("A labelled rectangle around the selected nodes (R); moving it moves them too");
        duplicateRegion = new Action(
                        "Duplicate Region with Its Nodes",
                        "mdi2c-content-duplicate",
                        null,
                        Bindings.createBooleanBinding(
                                () -> sel.box() instanceof dev.cdnx.model.scenario.RegionSpec, sel.boxProperty()),
                        () -> {
                            if (sel.box() instanceof dev.cdnx.model.scenario.RegionSpec r) {
                                vm.sketch().duplicateRegion(r);
                            }
                        })
                .withHelp("Copies the region, the nodes inside it and the links among them, to its right");
    }
}
