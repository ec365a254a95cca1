package dev.cdnx.lab;

import dev.cdnx.model.http.CacheOutcome;
import dev.cdnx.model.http.CacheResult;
import dev.cdnx.model.http.HttpHeaders;

/**
 * The {@code Cache-Status} entry (RFC 9211) a lab cache adds for one answer. Entries of the caches
 * further up stay in front of it, so the field reads from the origin side to the client side, e.g.
 * {@code shield-chicago; fwd=uri-miss; fwd-status=200; stored, edge-london; fwd=uri-miss; fwd-status=200; stored}.
 * A response served from storage describes this cache alone: the entries stored with it told the story
 * of an earlier request, so they are dropped.
 */
final class CacheStatus {

    static final String FIELD = "Cache-Status";

    private CacheStatus() {}

    /** The entry for {@code result} at cache {@code name}; {@code stored} says whether a copy is now kept. */
    static String entry(String name, CacheResult result, boolean stored) {
        int status = result.response().status();
        String param = switch (result.outcome()) {
            case HIT -> "hit";
            case STALE -> "hit; detail=stale";
            case STALE_IF_ERROR -> "hit; fwd=uri-miss; detail=stale-if-error";
            case COALESCED -> "fwd=uri-miss; collapsed";
            case MISS -> "fwd=uri-miss; fwd-status=" + status + (stored ? "; stored" : "");
            case REVALIDATED -> "fwd=stale; fwd-status=304" + (stored ? "; stored" : "");
            case PASS -> "fwd=method; fwd-status=" + status;
            case ERROR -> "fwd=uri-miss; detail=" + (status == 504 ? "only-if-cached" : "upstream-failed");
        };
        return token(name) + "; " + param;
    }

    /** Adds this cache's entry to {@code headers}, after the upstream's unless the answer came from storage. */
    static void annotate(HttpHeaders headers, String name, CacheResult result, boolean stored) {
        String upstream = fromStorage(result.outcome()) ? null : headers.get(FIELD);
        String mine = entry(name, result, stored);
        headers.set(FIELD, upstream == null || upstream.isBlank() ? mine : upstream + ", " + mine);
    }

    private static boolean fromStorage(CacheOutcome outcome) {
        return outcome == CacheOutcome.HIT
                || outcome == CacheOutcome.STALE
                || outcome == CacheOutcome.STALE_IF_ERROR
                || outcome == CacheOutcome.COALESCED;
    }

    /** The name as a structured-field token when it is one, else as a quoted string. */
    static String token(String name) {
        boolean isToken = !name.isEmpty()
                && Character.isLetter(name.charAt(0))
                && name.chars()
                        .allMatch(
                                c -> c < 127 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0));
        return isToken ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
