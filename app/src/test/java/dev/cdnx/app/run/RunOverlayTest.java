package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import org.junit.jupiter.api.Test;

/** The cache rings stay visible around a node at every zoom the editor allows. */
class RunOverlayTest {

    @Test
    void theCacheRingClearsTheDiscAndItsSelectionRingAtEveryZoom() {
        for (double zoom = 0.1; zoom <= 8; zoom *= 1.2) {
            double onScreen = RunOverlay.ringRadius(zoom) * zoom;
            // The disc keeps its size on screen (NodeView.RADIUS, its ring 3.5 px more); a cache ring drawn
            // inside it is hidden, and with the run paused no flash marks the caches any more.
            assertTrue(onScreen > NodeView.RADIUS + 3.5, "zoom " + zoom + ": ring at " + onScreen + " px");
            assertTrue(onScreen < NodeView.RADIUS + 12, "and close to the disc at zoom " + zoom);
        }
    }
}
