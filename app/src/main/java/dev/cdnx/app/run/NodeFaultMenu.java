package dev.cdnx.app.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Take Down" and "Bring Up" for a node's context menu. Only the one that changes something is enabled:
 * a running node can be taken down, a down node brought up (both enabled invited a fault that did nothing).
 */
public final class NodeFaultMenu {

    public static final String TAKE_DOWN_ID = "take-down";
    public static final String BRING_UP_ID = "bring-up";

    private NodeFaultMenu() {}

    /**
     * The two items for one node, their state read when the menu opens.
     *
     * @param isDown whether the node is down now (in the run or the lab)
     */
    public static List<MenuItem> items(BooleanSupplier isDown, Runnable takeDown, Runnable bringUp) {
        boolean down = isDown.getAsBoolean();
        MenuItem off = new MenuItem("Take Down (live fault)", new FontIcon("mdi2a-alert-octagon-outline"));
        off.setId(TAKE_DOWN_ID);
        off.setDisable(down);
        off.setOnAction(e -> takeDown.run());
        MenuItem on = new MenuItem("Bring Up", new FontIcon("mdi2c-check-circle-outline"));
        on.setId(BRING_UP_ID);
        on.setDisable(!down);
        on.setOnAction(e -> bringUp.run());
        return List.of(off, on);
    }
}
