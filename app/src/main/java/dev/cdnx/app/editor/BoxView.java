package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NoteSpec;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One note or region on the canvas, laid out in world units (its layer carries the view's zoom and pan).
 * A region is a tinted rectangle with its label in the top-left corner; a note is a sticky-note card with
 * its text wrapped inside. The square in the bottom-right corner resizes it. Id: {@code note-<i>} or
 * {@code region-<i>} (the index in its list).
 */
public final class BoxView extends Region {

    /** Side of the resize handle, in world units. */
    static final double HANDLE = 12;
    /** Height of a region's label strip, which (with the border) is where a region is grabbed. */
    static final double LABEL_STRIP = 28;

    private final BoxSpec box;
    private final Rectangle body = new Rectangle();
    private final Label words = new Label();
    private final Rectangle handle = new Rectangle(HANDLE, HANDLE);

    BoxView(BoxSpec box, int index) {
        this.box = box;
        boolean note = box instanceof NoteSpec;
        setId((note ? "note-" : "region-") + index);
        getStyleClass().add(note ? "cdn-note" : "cdn-region");
        body.getStyleClass().add("cdn-box-body");
        words.getStyleClass().add("cdn-box-words");
        handle.getStyleClass().add("cdn-box-handle");
        words.setWrapText(note);
        words.setAlignment(Pos.TOP_LEFT);
        words.setPadding(note ? new Insets(8) : new Insets(4, 8, 4, 8));
        words.setMouseTransparent(true);
        handle.setVisible(false);
        getChildren().addAll(body, words, handle);
        setAccessibleRole(AccessibleRole.TEXT);
        refresh();
    }

    public BoxSpec box() {
        return box;
    }

    /** Reads the box again (after an edit). */
    void refresh() {
        words.setText(box.words());
        setAccessibleText((box instanceof NoteSpec ? "Note: " : "Region: ") + box.words());
        relocate(box.x, box.y);
        setPrefSize(box.width, box.height);
        resize(box.width, box.height);
        requestLayout();
    }

    /** Shows the box moved by a world offset (a drag in progress), without changing the model. */
    public void preview(double dx, double dy, double w, double h) {
        relocate(box.x + dx, box.y + dy);
        resize(w, h);
        layoutChildren();
    }

    void setSelected(boolean on) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
        handle.setVisible(on);
    }

    /** Whether a world point lies on the resize handle. */
    public boolean onHandle(double wx, double wy) {
        return wx >= box.x + box.width - HANDLE
                && wx <= box.x + box.width + 2
                && wy >= box.y + box.height - HANDLE
                && wy <= box.y + box.height + 2;
    }

    /**
     * Whether a press at a world point grabs this box: a note anywhere inside, a region on its label strip
     * or within {@code tolerance} of its border (inside a region, the press belongs to the nodes and the
     * marquee).
     */
    boolean grabs(double wx, double wy, double tolerance) {
        if (box instanceof NoteSpec) {
            return box.contains(wx, wy);
        }
        boolean near = wx >= box.x - tolerance
                && wx <= box.x + box.width + tolerance
                && wy >= box.y - tolerance
                && wy <= box.y + box.height + tolerance;
        if (!near) {
            return false;
        }
        boolean inner = wx > box.x + tolerance
                && wx < box.x + box.width - tolerance
                && wy > box.y + LABEL_STRIP
                && wy < box.y + box.height - tolerance;
        return !inner;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        body.setWidth(w);
        body.setHeight(h);
        if (box instanceof NoteSpec) {
            words.resizeRelocate(0, 0, w, h);
        } else {
            words.resizeRelocate(0, 0, w, LABEL_STRIP);
        }
        handle.relocate(w - HANDLE, h - HANDLE);
    }
}
