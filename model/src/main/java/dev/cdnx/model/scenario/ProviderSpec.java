package dev.cdnx.model.scenario;

/** A CDN provider: a named group of edges and shields, used for multi-CDN behind DNS steering. */
public final class ProviderSpec {
    public String name;
    /** A label for the screen, e.g. "Provider A". */
    public String label;

    public ProviderSpec() {}

    public ProviderSpec(String name) {
        this.name = name;
    }
}
