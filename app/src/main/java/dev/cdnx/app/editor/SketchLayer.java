package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;

/**
 * The notes and regions, between the map with its links and the nodes. Its children are laid out in world
 * units and the layer itself carries the viewport's zoom and pan, so boxes and their words scale with the
 * drawing. Regions are below notes; both are rebuilt from the scenario after every sketch edit (there are
 * few). Presses are handled by the canvas's gestures, which ask {@link #boxAt} what is under the pointer.
 */
public final class SketchLayer extends Pane {

    private final EditorViewModel vm;
    private final Affine transform = new Affine();
    private final List<BoxView> views = new ArrayList<>();

    SketchLayer(EditorViewModel vm) {
        this.vm = vm;
        setId("sketch-layer");
        setPickOnBounds(false);
        setMouseTransparent(true);
        setManaged(false);
        getTransforms().add(transform);
        Viewport vp = vm.viewport();
        vp.scaleProperty().addListener(o -> follow());
        vp.txProperty().addListener(o -> follow());
        vp.tyProperty().addListener(o -> follow());
        vm.document().addListener(new ScenarioListener() {
            @Override
            public void sketchChanged() {
                rebuild();
            }

            @Override
            public void scenarioReplaced(Scenario scenario) {
                rebuild();
            }
        });
        vm.selection().boxProperty().addListener((o, was, now) -> views.forEach(v -> v.setSelected(v.box() == now)));
        follow();
        rebuild();
    }

    private void follow() {
        Viewport vp = vm.viewport();
        transform.setToTransform(vp.scale(), 0, vp.tx(), 0, vp.scale(), vp.ty());
    }

    private void rebuild() {
        views.clear();
        Scenario s = vm.scenario();
        for (int i = 0; i < s.regions.size(); i++) {
            views.add(new BoxView(s.regions.get(i), i));
        }
        for (int i = 0; i < s.notes.size(); i++) {
            views.add(new BoxView(s.notes.get(i), i));
        }
        getChildren().setAll(views);
        views.forEach(v -> v.setSelected(v.box() == vm.selection().box()));
    }

    /**
     * The screen boxes {x0, y0, x1, y1} of the regions' titles (their words in the top-left corner, bold
     * 13 px scaled with the drawing), which node names keep clear of: in multi-cdn, "North America" was
     * written over users-chicago's name (#17).
     */
    List<double[]> titleBoxes() {
        Viewport vp = vm.viewport();
        double s = vp.scale();
        List<double[]> out = new ArrayList<>();
        for (BoxSpec r : vm.scenario().regions) {
            TITLE.setText(r.words());
            double w = Math.min(r.width, TITLE.getLayoutBounds().getWidth() + 2 * TITLE_PAD);
            double x = r.x * s + vp.tx();
            double y = r.y * s + vp.ty();
            out.add(new double[] {x, y, x + w * s, y + BoxView.LABEL_STRIP * s});
        }
        return out;
    }

    private static final double TITLE_PAD = 8;
    private static final Text TITLE = new Text();

    static {
        TITLE.setFont(Font.font(null, FontWeight.BOLD, 13));
    }

    /** The views, regions first, then notes (bottom to top). */
    public List<BoxView> boxViews() {
        return List.copyOf(views);
    }

    public BoxView viewOf(BoxSpec box) {
        return views.stream().filter(v -> v.box() == box).findFirst().orElse(null);
    }

    /** The top-most box that a press at a screen point of the canvas grabs, or null. */
    public BoxView boxAt(double sx, double sy) {
        Viewport vp = vm.viewport();
        javafx.geometry.Point2D w = vp.toWorld(sx, sy);
        double tolerance = 6 / vp.scale();
        for (int i = views.size() - 1; i >= 0; i--) {
            BoxView v = views.get(i);
            if (v.onHandle(w.getX(), w.getY()) || v.grabs(w.getX(), w.getY(), tolerance)) {
                return v;
            }
        }
        return null;
    }
}
