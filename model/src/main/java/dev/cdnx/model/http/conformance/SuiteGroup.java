package dev.cdnx.model.http.conformance;

import java.util.List;

/** A group of the conformance suite (e.g. {@code cc-freshness}) with its cases in file order. */
public record SuiteGroup(String id, String name, List<SuiteTest> tests) {

    public SuiteGroup {
        tests = List.copyOf(tests);
    }
}
