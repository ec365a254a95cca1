package dev.cdnx.app.export;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Window;

/** What the exports read from the shell; the shell implements it over its window, canvas, document and run. */
public interface ExportContext {

    /** The owner of dialogs and file choosers. */
    Window owner();

    /** The drawing (nodes and links, with the map if shown) for PNG; cropped to what it draws. */
    Node canvas();

    /** The view to record as a GIF: the canvas with the live run's dots on it. */
    Node liveView();

    /** The scenario as it is now. */
    Scenario scenario();

    /** The scenario's file, or null while it is unsaved (price sheets named by path are found beside it). */
    Path scenarioFile();

    /**
     * Where the drawing is on {@link #canvas()} (nodes with their names, and so the links between them),
     * in the canvas's coordinates; a PNG is cropped to it. Null: everything the canvas shows.
     */
    default Bounds drawingBounds() {
        return null;
    }

    /** The map's land outlines when the canvas shows the map (an SVG draws them behind the drawing), else none. */
    default List<dev.cdnx.model.report.TopologySvg.LandRing> mapLand() {
        return List.of();
    }

    /** The keys drawn over the canvas (legend, minimap, counters), left out of a PNG unless asked for. */
    default List<Node> canvasKeys() {
        return List.of();
    }

    /** The latest finished run of this scenario, or null. */
    RunResult lastRun();

    /** The live run's simulated time in seconds, stamped on each GIF frame; NaN when there is no live run. */
    default double runTime() {
        return Double.NaN;
    }
}
