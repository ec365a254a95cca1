package dev.cdnx.app.lab;

import dev.cdnx.app.run.DotClass;
import dev.cdnx.lab.LabExchange;
import dev.cdnx.model.http.CacheOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.TranslateTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The live lab's requests on the canvas, in world coordinates like the live run's layer: each hop a
 * server answers becomes a dot in the live run's colours (hit, miss, revalidated, …) that travels from
 * the node that answered it to the node that asked, then fades; a hop answered without asking anyone
 * pulses where it was answered. It only draws; the hops come from {@link LabViewModel#exchanges()}.
 */
public final class LabTripLayer extends Group {

    private static final Duration TRAVEL = Duration.millis(700);
    private static final int TRIPS_REMEMBERED = 64;

    private final Function<String, Point2D> positionOf;
    /** The node that answered the latest hop of each recent trip: where the next hop's dot starts. */
    private final Map<Long, String> lastHop = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > TRIPS_REMEMBERED;
        }
    };

    /** @param positionOf a node's centre in world coordinates, or null when the drawing has no such node */
    public LabTripLayer(LabViewModel vm, Function<String, Point2D> positionOf) {
        this.positionOf = positionOf;
        setId("lab-trips");
        setMouseTransparent(true);
        setManaged(false);
        vm.exchanges().addListener((ListChangeListener<LabExchange>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    c.getAddedSubList().forEach(this::show);
                }
            }
        });
    }

    /** Dots on the layer now (finished ones are removed). */
    public int dots() {
        return getChildren().size();
    }

    private void show(LabExchange e) {
        Point2D at = positionOf.apply(e.node());
        if (at == null) {
            return;
        }
        String from = lastHop.put(e.trip(), e.node());
        Point2D start = from == null ? null : positionOf.apply(from);
        Circle dot = new Circle(7, colour(e));
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(1.5);
        dot.getStyleClass().add("lab-trip-dot");
        Point2D origin = start == null ? at : start;
        dot.setTranslateX(origin.getX());
        dot.setTranslateY(origin.getY());
        getChildren().add(dot);
        TranslateTransition move = new TranslateTransition(TRAVEL, dot);
        move.setToX(at.getX());
        move.setToY(at.getY());
        FadeTransition fade = new FadeTransition(TRAVEL.multiply(2), dot);
        fade.setFromValue(1);
        fade.setToValue(0);
        ParallelTransition both = new ParallelTransition(move, fade);
        both.setOnFinished(x -> getChildren().remove(dot));
        both.play();
    }

    /** The live run's colour for the hop's outcome; the origin's answers keep the in-flight colour. */
    static Color colour(LabExchange e) {
        int argb = DotClass.argb(dotClass(e.cacheOutcome(), e.status()));
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    static byte dotClass(CacheOutcome outcome, int status) {
        if (outcome == null) {
            return status >= 500 ? DotClass.ERROR : DotClass.REQUEST;
        }
        return switch (outcome) {
            case HIT -> DotClass.HIT;
            case STALE -> DotClass.STALE;
            case MISS, PASS -> status >= 500 ? DotClass.ERROR : DotClass.MISS;
            case REVALIDATED -> DotClass.REVALIDATED;
            case COALESCED -> DotClass.COALESCED;
            case STALE_IF_ERROR -> DotClass.STALE_IF_ERROR;
            case ERROR -> DotClass.ERROR;
        };
    }
}
