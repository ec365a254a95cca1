package dev.cdnx.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.scenario.MapProjection;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The land outline behind the canvas (Natural Earth 1:110m, public domain; see assets/map/README.md),
 * as rings already projected into canvas world units with their bounding boxes, for quick culling.
 */
public final class WorldMap {

    private static final String RESOURCE = "/dev/cdnx/assets/map/land-110m.json";
    private static WorldMap instance;

    /** One ring: world x and y arrays and its bounds {minX, minY, maxX, maxY}. */
    public record Ring(double[] xs, double[] ys, double[] bounds) {}

    private final List<Ring> rings;

    private WorldMap(List<Ring> rings) {
        this.rings = rings;
    }

    public List<Ring> rings() {
        return rings;
    }

    /** The shared map; an empty map (and no exception) when the asset is missing or unreadable. */
    public static synchronized WorldMap get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    private static WorldMap load() {
        List<Ring> rings = new ArrayList<>();
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new WorldMap(rings);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode ring : root) {
                addRing(ring, rings);
            }
        } catch (IOException e) {
            rings.clear();
        }
        return new WorldMap(List.copyOf(rings));
    }

    /**
     * Adds a ring, unwrapped across the ±180° meridian so it has no seam running along the whole world;
     * a ring that then sticks out past an edge is also added shifted by one world width.
     */
    private static void addRing(JsonNode ring, List<Ring> rings) {
        int n = ring.size();
        double[] lons = new double[n];
        double shift = 0;
        for (int i = 0; i < n; i++) {
            double lon = ring.get(i).get(0).asDouble();
            if (i > 0) {
                double prev = ring.get(i - 1).get(0).asDouble();
                if (lon - prev < -180) {
                    shift += 360;
                } else if (lon - prev > 180) {
                    shift -= 360;
                }
            }
            lons[i] = lon + shift;
        }
        for (double offset : new double[] {0, -360, 360}) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < n; i++) {
                xs[i] = MapProjection.x(lons[i] + offset);
                ys[i] = MapProjection.y(ring.get(i).get(1).asDouble());
                b[0] = Math.min(b[0], xs[i]);
                b[1] = Math.min(b[1], ys[i]);
                b[2] = Math.max(b[2], xs[i]);
                b[3] = Math.max(b[3], ys[i]);
            }
            boolean straddles = (b[0] < 0 && b[2] > 0) || (b[0] < MapProjection.WIDTH && b[2] > MapProjection.WIDTH);
            if (offset == 0 || straddles) {
                rings.add(new Ring(xs, ys, b));
            }
        }
    }
}
