package dev.cdnx.model.topology;

/** Great-circle distance and the round-trip time light in fibre needs for it. */
public final class GeoMath {

    /** Mean Earth radius in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Light in fibre covers about 200 km per millisecond one way (two thirds of c). */
    public static final double FIBRE_KM_PER_MS = 200.0;

    private GeoMath() {}

    /** Haversine distance in km between two points given in degrees. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Round-trip time in milliseconds over a fibre path {@code stretch} times longer than the great
     * circle. Two points in the same place still get {@link #MIN_RTT_MS}: no network is faster than that.
     */
    public static double rttMs(double distanceKm, double stretch) {
        return Math.max(MIN_RTT_MS, 2 * distanceKm / FIBRE_KM_PER_MS * stretch);
    }

    /** The floor of a derived RTT, in ms: a metro hop through a couple of routers. */
    public static final double MIN_RTT_MS = 1.0;

    /**
     * The pricing region a point falls in, by rough continent boxes: na, sa, eu, af, me, apac, oc. Used
     * only when a node does not name its region.
     */
    public static String regionOf(double lat, double lon) {
        if (lon < -30) {
            return lat < 12 ? "sa" : "na";
        }
        if (lon < 60) {
            if (lat > 35) {
                return "eu";
            }
            return lon > 35 && lat > 12 ? "me" : "af";
        }
        if (lat < -10 && lon > 110) {
            return "oc";
        }
        return "apac";
    }
}
