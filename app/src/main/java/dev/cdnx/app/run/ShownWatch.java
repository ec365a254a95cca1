package dev.cdnx.app.run;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a view still belongs on screen, asked on every pulse. Once a node has been in a showing window, it
 * stops counting as shown when it leaves it (the window closed or hidden, or its scene replaced by another), so
 * a view left behind stops painting and re-reading the theme's colours on each pulse — each left-behind view
 * re-styled itself at every theme switch. A node never shown in a window (a snapshot's or a test's scene)
 * counts as shown, as before.
 */
final class ShownWatch {

    private final Node node;
    private boolean everShown;

    ShownWatch(Node node) {
        this.node = node;
    }

    /** {@code paint}, run only while {@code node} is {@linkplain #shown() shown}. */
    static Runnable whileShown(Node node, Runnable paint) {
        ShownWatch watch = new ShownWatch(node);
        return () -> {
            if (watch.shown()) {
                paint.run();
            }
        };
    }

    boolean shown() {
        Scene scene = node.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window != null && window.isShowing()) {
            everShown = true;
            return true;
        }
        return !everShown;
    }
}
