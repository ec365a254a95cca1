package dev.cdnx.app.editor;

import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One node on the canvas: a disc in the kind's colour with its icon, the name below, a selection ring,
 * a dashed problem outline, and a port on the right to drag links from. It is cached as a bitmap;
 * only its position changes while panning. Id: {@code node-<name>}; the port: {@code port-<name>}.
 */
public final class NodeView extends Group {

    public static final double RADIUS = 15;

    private final NodeSpec node;
    private final Text label = new Text();
    private final Circle problemRing = new Circle(RADIUS + 6);
    private final Circle port = new Circle(RADIUS + 6, 0, 4.5);
    private final FontIcon icon;
    private final Tooltip tooltip = new Tooltip();
    private LabelSpot labelSpot = LabelSpot.BELOW;
    /** The name's box's top left from the disc's centre when it is set apart from the disc, else null. */
    private double[] apart;
    /** The thin line from the disc to a name set apart from it, so the name still reads as this node's. */
    private final Line leader = new Line();

    /** Where a node's name sits around its disc. */
    public enum LabelSpot {
        BELOW,
        ABOVE,
        RIGHT,
        LEFT
    }

    /** Gap between the disc's right edge and a name to its right: the link port sits there. */
    static final double RIGHT_GAP = 13;
    /** Gap between the disc's left edge and a name to its left (the selection ring). */
    static final double LEFT_GAP = 6;
    /** From the top of a name's box to its text's baseline (an 11 px name in a 16 px line), in pixels. */
    static final double BASELINE = 12;

    public NodeView(NodeSpec node) {
        this.node = node;
        getStyleClass().addAll(Styles.NODE, node.kind == null ? "unknown" : node.kind.id());
        Circle ring = new Circle(RADIUS + 3.5);
        ring.getStyleClass().add(Styles.NODE_RING);
        problemRing.getStyleClass().add(Styles.NODE_PROBLEM);
        problemRing.setVisible(false);
        problemRing.setMouseTransparent(true);
        ring.setMouseTransparent(true);
        Circle body = new Circle(RADIUS);
        body.getStyleClass().add(Styles.NODE_BODY);
        icon = new FontIcon(iconOf(node.kind));
        icon.getStyleClass().add(Styles.NODE_ICON);
        icon.setMouseTransparent(true);
        label.getStyleClass().add(Styles.NODE_LABEL);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setMouseTransparent(true);
        // The theme's font comes after the name was first placed: a name centred with the default font's
        // width stood off centre, a few pixels from where the label placer had measured it.
        label.layoutBoundsProperty().addListener((o, was, now) -> placeLabel());
        port.getStyleClass().add(Styles.NODE_PORT);
        leader.getStyleClass().add(Styles.NODE_LABEL_LEADER);
        leader.setMouseTransparent(true);
        leader.setVisible(false);
        getChildren().addAll(leader, problemRing, ring, body, icon, label, port);
        setManaged(false);
        setCache(true);
        setCacheHint(CacheHint.SPEED);
        Tooltip.install(this, tooltip);
        // Nodes often sit close together (users beside their edge): the one under the mouse comes to
        // the front so that its port can be grabbed.
        setOnMouseEntered(e -> toFront());
        refresh(List.of());
    }

    /** The Ikonli Material Design 2 icon of a kind. */
    public static String iconOf(NodeKind kind) {
        if (kind == null) {
            return "mdi2h-help-circle-outline";
        }
        return switch (kind) {
            case USERS -> "mdi2a-account-group";
            case EDGE -> "mdi2s-server-network";
            case SHIELD -> "mdi2s-shield-half-full";
            case ORIGIN -> "mdi2d-database";
            case STEERING -> "mdi2s-sign-direction";
        };
    }

    public NodeSpec node() {
        return node;
    }

    public Circle port() {
        return port;
    }

    /** Updates name, id, problem outline and tooltip from the node and its problems. */
    public void refresh(List<Problem> problems) {
        setId("node-" + node.name);
        port.setId("port-" + node.name);
        label.setText(node.name);
        // Centre the icon and the label under the disc (their sizes are known once laid out).
        icon.setLayoutX(-icon.getLayoutBounds().getWidth() / 2);
        icon.setLayoutY(icon.getLayoutBounds().getHeight() / 2 - 2);
        placeLabel();
        boolean any = !problems.isEmpty();
        boolean errors = problems.stream().anyMatch(Problem::isError);
        problemRing.setVisible(any);
        pseudoClassStateChanged(Styles.WARNING, any && !errors);
        StringBuilder sb = new StringBuilder(node.name + " — " + (node.kind == null ? "?" : node.kind.label()));
        if (node.hasGeo()) {
            sb.append(String.format(java.util.Locale.ROOT, "  (%.2f°, %.2f°)", node.lat, node.lon));
        }
        for (Problem p : problems) {
            sb.append("\n").append(p.isError() ? "Error: " : "Warning: ").append(p.message());
            if (p.fix() != null) {
                sb.append("\n    Fix: ").append(p.fix());
            }
        }
        tooltip.setText(sb.toString());
        // What a screen reader says on this node: name, kind, its main figure, its problems.
        setAccessibleRole(javafx.scene.AccessibleRole.LIST_ITEM);
        setAccessibleText(NodeDescriptions.describe(node, problems, Double.NaN));
        setAccessibleHelp("Tab: next node; arrows: move; L: link to a node by name; Delete: remove");
    }

    public void setSelected(boolean on) {
        pseudoClassStateChanged(Styles.SELECTED, on);
    }

    public void setLabelVisible(boolean on) {
        label.setVisible(on);
        leader.setVisible(on && apart != null);
    }

    /** Whether the name is drawn (the label placer leaves it out where there is no room). */
    boolean isLabelVisible() {
        return label.isVisible();
    }

    /** The name's layout and visibility, as properties; for tests that a placing pass settles. */
    Observable[] labelProperties() {
        return new Observable[] {label.visibleProperty(), label.layoutXProperty(), label.layoutYProperty()};
    }

    /** Puts the name below, above, right or left of the disc (where no neighbour covers it). */
    public void setLabelSpot(LabelSpot spot) {
        if (spot != labelSpot || apart != null) {
            labelSpot = spot;
            apart = null;
            placeLabel();
        }
    }

    /**
     * Sets the name apart from the disc, where the places beside it are taken (nodes of one city stacked
     * on each other): its box's top left at ({@code left}, {@code top}) from the disc's centre, tied to the
     * disc by a thin leader line.
     */
    void setLabelApart(double left, double top) {
        if (apart == null || apart[0] != left || apart[1] != top) {
            apart = new double[] {left, top};
            placeLabel();
        }
    }

    /** Whether the name stands apart from the disc, tied to it by a leader line. */
    boolean isLabelApart() {
        return apart != null;
    }

    LabelSpot labelSpot() {
        return labelSpot;
    }

    /** The name's width on screen, for placing it clear of neighbours. */
    public double labelWidth() {
        return label.getLayoutBounds().getWidth();
    }

    private void placeLabel() {
        leader.setVisible(apart != null && label.isVisible());
        if (apart != null) {
            label.setLayoutX(apart[0]);
            label.setLayoutY(apart[1] + BASELINE);
            tieLeader(apart[0], apart[1], labelWidth());
            return;
        }
        // The text's origin is its baseline: below, the text starts 3 px under the disc; above, it ends 3 px
        // over it; beside, its middle is level with the disc's centre.
        double width = label.getLayoutBounds().getWidth();
        label.setLayoutX(
                switch (labelSpot) {
                    case BELOW, ABOVE -> -width / 2;
                    case RIGHT -> RADIUS + RIGHT_GAP;
                    case LEFT -> -RADIUS - LEFT_GAP - width;
                });
        label.setLayoutY(
                switch (labelSpot) {
                    case BELOW -> RADIUS + 15;
                    case ABOVE -> -RADIUS - 7;
                    case RIGHT, LEFT -> 4;
                });
    }

    /** The leader from the disc's selection ring to the nearest point of the name's box. */
    private void tieLeader(double left, double top, double width) {
        double nx = Math.max(left, Math.min(0, left + width));
        double ny = Math.max(top, Math.min(0, top + BASELINE + 4));
        double len = Math.hypot(nx, ny);
        double from = RADIUS + 4;
        double along = Math.max(from, len - 1);
        leader.setStartX(nx / len * from);
        leader.setStartY(ny / len * from);
        leader.setEndX(nx / len * along);
        leader.setEndY(ny / len * along);
    }

    /** While a link is dragged: null (no link drag), true (may link here) or false (refused). */
    public void setLinkTarget(Boolean allowed) {
        pseudoClassStateChanged(Styles.LINK_ALLOWED, Boolean.TRUE.equals(allowed));
        pseudoClassStateChanged(Styles.LINK_FORBIDDEN, Boolean.FALSE.equals(allowed));
    }
}
