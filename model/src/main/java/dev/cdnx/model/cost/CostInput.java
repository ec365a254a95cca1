package dev.cdnx.model.cost;

/**
 * One input of a cost term as a person reads it: what it is, its value and its unit, e.g.
 * {@code ("origin fill", "750,000", "GB")} or {@code ("origin egress price", "$0.05", "per GB")}.
 * {@code source} says where the value came from ("typed volumes", "measured, scaled ×4,320",
 * "price sheet illustrative", "scenario").
 */
public record CostInput(String name, String value, String unit, String source) {}
