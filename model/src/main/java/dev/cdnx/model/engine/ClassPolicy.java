package dev.cdnx.model.engine;

import dev.cdnx.model.http.FreshnessProfile;
import dev.cdnx.model.scenario.ContentClassSpec;
import java.util.List;

/**
 * What a shared cache may do with responses of one content class, worked out once from the class's
 * headers by the HTTP caching rules ({@link FreshnessProfile}), so the hot path only reads fields.
 * {@code no-cache} reads as a lifetime of zero (revalidate every time); {@code must-revalidate} (and
 * {@code s-maxage}, which implies it) rules out serving stale while revalidating.
 */
record ClassPolicy(
        String name,
        boolean storable,
        double lifetime,
        double staleWhileRevalidate,
        double staleIfError,
        boolean hasValidator) {

    static ClassPolicy of(ContentClassSpec spec, List<String> cdnTargets) {
        FreshnessProfile p = FreshnessProfile.of(spec.headers, cdnTargets == null ? List.of() : cdnTargets);
        double lifetime = p.noCache() ? 0 : p.freshnessLifetimeSeconds();
        double swr = p.mustRevalidate() ? 0 : p.staleWhileRevalidateSeconds();
        return new ClassPolicy(spec.name, p.storable(), lifetime, swr, p.staleIfErrorSeconds(), p.hasValidator());
    }
}
