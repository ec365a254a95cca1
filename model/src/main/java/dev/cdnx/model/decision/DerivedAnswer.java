package dev.cdnx.model.decision;

/** An answer worked out from the scenario, with the rule that gave it in one sentence. */
public record DerivedAnswer(String answerId, String because) {}
