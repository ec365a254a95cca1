package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.editor.WorldMap;
import dev.cdnx.app.export.ExportContext;
import dev.cdnx.app.files.DocumentFiles;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.report.TopologySvg;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Window;

/** What the exports read from the main window: its canvas, its document and its latest run. */
final class WorkbenchExports implements ExportContext {

    /** How far a node's disc (with its gauges) reaches from its centre, in pixels. */
    private static final double NODE_REACH = 22;

    private final MainView view;
    private final CanvasView canvas;
    private final DocumentFiles files;

    WorkbenchExports(MainView view, CanvasView canvas, DocumentFiles files) {
        this.view = view;
        this.canvas = canvas;
        this.files = files;
    }

    @Override
    public Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    @Override
    public Node canvas() {
        return canvas;
    }

    @Override
    public Bounds drawingBounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        // Every node's disc where it is drawn (a large drawing paints most of them without a view)...
        for (NodeSpec n : view.viewModel().scenario().topology.nodes) {
            Point2D p = view.viewModel().viewport().toScreen(canvas.drawX(n), canvas.drawY(n));
            minX = Math.min(minX, p.getX() - NODE_REACH);
            minY = Math.min(minY, p.getY() - NODE_REACH);
            maxX = Math.max(maxX, p.getX() + NODE_REACH);
            maxY = Math.max(maxY, p.getY() + NODE_REACH);
        }
        // ...and the views that exist, names included.
        for (NodeView v : canvas.nodeViews()) {
            if (v.isVisible()) {
                Bounds b = v.getBoundsInParent();
                minX = Math.min(minX, b.getMinX());
                minY = Math.min(minY, b.getMinY());
                maxX = Math.max(maxX, b.getMaxX());
                maxY = Math.max(maxY, b.getMaxY());
            }
        }
        // ...and the notes and regions.
        for (javafx.scene.Node box : canvas.sketchLayer().boxViews()) {
            Bounds b = canvas.sketchLayer().localToParent(box.getBoundsInParent());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public List<TopologySvg.LandRing> mapLand() {
        if (!view.viewModel().showMapProperty().get()) {
            return List.of();
        }
        return WorldMap.get().rings().stream()
                .map(r -> new TopologySvg.LandRing(r.xs(), r.ys()))
                .toList();
    }

    @Override
    public List<Node> canvasKeys() {
        return Stream.of("#run-hud", "#run-legend", "#minimap")
                .map(canvas::lookup)
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public Node liveView() {
        return canvas;
    }

    @Override
    public Scenario scenario() {
        return view.viewModel().scenario();
    }

    @Override
    public Path scenarioFile() {
        return files.fileProperty().get();
    }

    @Override
    public double runTime() {
        return view.workbench().run().simTimeProperty().get();
    }

    @Override
    public RunResult lastRun() {
        return view.workbench().run().resultProperty().get();
    }
}
