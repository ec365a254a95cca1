package dev.cdnx.model.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.checks.CheckOutcome.Severity;
import dev.cdnx.model.checks.CheckOutcome.Status;
import dev.cdnx.model.checks.CheckOutcome.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict table, written out: a fired warning is a likely mistake and fails; fired advice is a
 * saving and only warns (the user guide's Checks section). Crossed names, not an inverted mapping.
 */
class CheckOutcomeVerdictTest {

    private static Verdict verdict(Status status, Severity severity) {
        return new CheckOutcome("id", "title", status, severity, "", "", List.of()).verdict();
    }

    @Test
    void aFiredWarningFailsAndFiredAdviceWarns() {
        assertEquals(Verdict.FAILED, verdict(Status.FIRED, Severity.WARNING));
        assertEquals(Verdict.WARNED, verdict(Status.FIRED, Severity.ADVICE));
    }

    @Test
    void passedAndSkippedStayAsTheyAreWhateverTheSeverity() {
        for (Severity severity : Severity.values()) {
            assertEquals(Verdict.PASSED, verdict(Status.PASSED, severity));
            assertEquals(Verdict.SKIPPED, verdict(Status.SKIPPED, severity));
        }
    }
}
