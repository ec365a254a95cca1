package dev.cdnx.model.http;

import java.util.List;
import java.util.Optional;

/**
 * The cache-control directives that govern a response for one cache. When the cache has targeted
 * fields (RFC 9213) and the response carries the first of them with a valid, non-empty value, that
 * field alone decides and {@code Cache-Control} and {@code Expires} are ignored ({@code targeted} is
 * true). Otherwise the {@code Cache-Control} lines decide. An invalid targeted field is skipped as if
 * absent, and the next target (or Cache-Control) is used.
 */
public record ResponseDirectives(CacheControl directives, boolean targeted) {

    /** The governing directives of {@code responseHeaders} for a cache obeying {@code targets}. */
    public static ResponseDirectives of(HttpHeaders responseHeaders, List<String> targets) {
        for (String target : targets) {
            List<String> lines = responseHeaders.all(target);
            if (lines.isEmpty()) {
                continue;
            }
            Optional<CacheControl> parsed = CacheControl.parseTargeted(lines);
            if (parsed.isPresent() && !parsed.get().isEmpty()) {
                return new ResponseDirectives(parsed.get(), true);
            }
        }
        return new ResponseDirectives(CacheControl.parse(responseHeaders.all("Cache-Control")), false);
    }

    /** Whether the directive is present. */
    public boolean has(String name) {
        return directives.has(name);
    }
}
