package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.Rate;

/** A client population: its mean request rate and how that rate moves over time. */
@JsonPropertyOrder({"rate", "profile", "clients"})
public final class UsersSpec {
    /** Mean Poisson arrival rate of requests. */
    public Rate rate = Rate.perSecond(50);

    public ProfileSpec profile = new ProfileSpec();
    /** How many clients (DNS resolvers) share the population; each keeps its own DNS answer. */
    public int clients = 100;
}
