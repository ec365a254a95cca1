package dev.cdnx.model.http.conformance;

/**
 * The outcome of one case. {@code SETUP} means a step the case only relies on went wrong (the suite
 * reports it apart from an assertion, but it is not a pass either); {@code SKIPPED} cases are not run
 * and not counted, with the reason in {@code message}.
 */
public record CaseResult(String id, Verdict verdict, String message) {

    /** Pass, assertion failure, setup failure, or not run. */
    public enum Verdict {
        PASS,
        FAIL,
        SETUP,
        SKIPPED
    }

    public static CaseResult pass(String id) {
        return new CaseResult(id, Verdict.PASS, "");
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}
