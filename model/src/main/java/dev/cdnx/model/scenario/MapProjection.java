package dev.cdnx.model.scenario;

/**
 * The canvas world: an equirectangular projection of the Earth onto 2000 × 1000 units, the same one the
 * scenario files use for {@code x}/{@code y}: {@code x = (lon + 180) / 360 × 2000},
 * {@code y = (90 − lat) / 180 × 1000}. Points off the world are clamped to it when turned into degrees.
 */
public final class MapProjection {

    public static final double WIDTH = 2000;
    public static final double HEIGHT = 1000;

    private MapProjection() {}

    public static double x(double lon) {
        return (lon + 180) / 360 * WIDTH;
    }

    public static double y(double lat) {
        return (90 - lat) / 180 * HEIGHT;
    }

    public static double lon(double x) {
        return round(clamp(x / WIDTH * 360 - 180, -180, 180));
    }

    public static double lat(double y) {
        return round(clamp(90 - y / HEIGHT * 180, -90, 90));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Two decimals of a degree (about a kilometre) is all a CDN drawing needs. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
