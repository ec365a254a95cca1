package dev.cdnx.model.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a CDN turns a request target (path and query) into a cache key: drop tracking parameters, sort
 * the rest, optionally lower-case everything. A dropped name ending in {@code *} drops every parameter
 * with that prefix ({@code utm_*}); names compare without regard to case. Parameters keep their
 * values and repeated parameters stay (sorted by name, then value). An empty query, or one left empty
 * after dropping, leaves no {@code ?}. A fragment ({@code #...}) is removed, as it never reaches a CDN.
 *
 * @param dropParameters names (or {@code prefix*}) of parameters left out of the key
 * @param sortParameters whether the remaining parameters are sorted
 * @param lowerCase      whether the whole key is lower-cased (for case-insensitive origins)
 */
public record CacheKeyRule(List<String> dropParameters, boolean sortParameters, boolean lowerCase) {

    public CacheKeyRule {
        dropParameters = List.copyOf(dropParameters);
    }

    /** The usual marketing parameters: utm_*, gclid, fbclid, msclkid, mc_eid; sorted; case kept. */
    public static CacheKeyRule trackingParameters() {
        return new CacheKeyRule(List.of("utm_*", "gclid", "fbclid", "msclkid", "mc_eid"), true, false);
    }

    /** The key as sent: nothing dropped, nothing sorted. */
    public static CacheKeyRule asSent() {
        return new CacheKeyRule(List.of(), false, false);
    }

    /** The normalised key of {@code pathAndQuery}; null gives null. */
    public String normalise(String pathAndQuery) {
        if (pathAndQuery == null) {
            return null;
        }
        String target = pathAndQuery;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        List<String> kept = new ArrayList<>();
        if (q >= 0) {
            for (String param : target.substring(q + 1).split("&")) {
                if (!param.isEmpty() && !dropped(param.split("=", 2)[0])) {
                    kept.add(param);
                }
            }
        }
        if (sortParameters) {
            kept.sort(null);
        }
        String key = kept.isEmpty() ? path : path + "?" + String.join("&", kept);
        return lowerCase ? key.toLowerCase(Locale.ROOT) : key;
    }

    private boolean dropped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String d : dropParameters) {
            String dl = d.toLowerCase(Locale.ROOT);
            if (dl.endsWith("*") ? lower.startsWith(dl.substring(0, dl.length() - 1)) : lower.equals(dl)) {
                return true;
            }
        }
        return false;
    }
}
