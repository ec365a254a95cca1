package dev.cdnx.model.traffic;

import dev.cdnx.model.topology.GeoMath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a request came from. CloudFront, Cloudflare and Fastly name the edge that served it by an IATA
 * airport code (the first three letters of {@code IAD89-C1}); a small table shipped with the program
 * ({@code airports.csv}) turns the code into a city and its coordinates, and the coordinates into one of
 * the pricing regions the drawing uses (na, sa, eu, me, af, apac, oc). A client country code is mapped
 * through {@code countries.csv}. A request with neither, or with a code the tables do not know, is in
 * region {@link #UNKNOWN}.
 */
public final class Regions {

    /** The region of requests whose origin the log does not say (or the tables do not know). */
    public static final String UNKNOWN = "unknown";

    /** One airport of the table. */
    public record Airport(String code, String city, String country, double lat, double lon) {
        /** The pricing region the airport's coordinates fall in. */
        public String region() {
            return GeoMath.regionOf(lat, lon);
        }
    }

    private static final Map<String, Airport> AIRPORTS = loadAirports();
    private static final Map<String, String> COUNTRIES = loadCountries();
    /** Three-letter codes by their letters (AAA..ZZZ), made on first use, so lines allocate no code. */
    private static final String[] CODES = new String[26 * 26 * 26];

    private Regions() {}

    /** The airport with this IATA code (any case), or null. */
    public static Airport airport(String code) {
        return code == null ? null : AIRPORTS.get(code.toUpperCase(Locale.ROOT));
    }

    /** Every airport of the table, by code. */
    public static Map<String, Airport> airports() {
        return Collections.unmodifiableMap(AIRPORTS);
    }

    /** The region of an edge code ({@code IAD} or {@code IAD89-C1}), or {@link #UNKNOWN}. */
    public static String ofEdge(String code) {
        if (code == null || code.length() < 3) {
            return UNKNOWN;
        }
        Airport a = AIRPORTS.get(code.substring(0, 3).toUpperCase(Locale.ROOT));
        return a == null ? UNKNOWN : a.region();
    }

    /** The region of a two-letter client country code (any case), or {@link #UNKNOWN}. */
    public static String ofCountry(String country) {
        if (country == null) {
            return UNKNOWN;
        }
        return COUNTRIES.getOrDefault(country.toUpperCase(Locale.ROOT), UNKNOWN);
    }

    /** The region of a request: by its edge when known, else by its client's country. */
    public static String of(LogRecord r) {
        String byEdge = ofEdge(r.edge);
        return byEdge.equals(UNKNOWN) ? ofCountry(r.country) : byEdge;
    }

    /** The upper-case three letters at {@code from} (an edge code's airport), shared between lines. */
    static String iataCode(String line, int from) {
        if (from + 3 > line.length()) {
            return null;
        }
        int a = letter(line.charAt(from));
        int b = letter(line.charAt(from + 1));
        int c = letter(line.charAt(from + 2));
        if (a < 0 || b < 0 || c < 0) {
            return null;
        }
        int i = (a * 26 + b) * 26 + c;
        String code = CODES[i];
        if (code == null) {
            // A benign race: two threads may both make the same three-letter string.
            code = new String(new char[] {(char) ('A' + a), (char) ('A' + b), (char) ('A' + c)});
            CODES[i] = code;
        }
        return code;
    }

    private static int letter(char ch) {
        char u = Character.toUpperCase(ch);
        return u >= 'A' && u <= 'Z' ? u - 'A' : -1;
    }

    private static Map<String, Airport> loadAirports() {
        Map<String, Airport> m = new HashMap<>();
        for (String[] f : rows("airports.csv", 5)) {
            m.put(f[0], new Airport(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return m;
    }

    private static Map<String, String> loadCountries() {
        Map<String, String> m = new HashMap<>();
        for (String[] f : rows("countries.csv", 2)) {
            m.put(f[0], f[1]);
        }
        return m;
    }

    private static java.util.List<String[]> rows(String resource, int columns) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = Regions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the region table " + resource + " is missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                if (f.length == columns) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
