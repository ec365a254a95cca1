package dev.cdnx.model.lessons;

import java.util.List;

/**
 * One step: the instruction, the action that carries it out (what the person does; the tests do it for
 * them), the expectations that show it happened, what to notice afterwards, and what to highlight.
 */
public record LessonStep(
        String instruction, StepAction action, List<Expectation> expect, String notice, Highlight highlight) {

    /**
     * What the person does: {@code run} (play to the end), {@code set} (change {@code path} to
     * {@code value} in a property sheet), {@code model} (switch the delivery model to {@code value}) or
     * {@code panel} (open the bottom panel {@code value}).
     */
    public record StepAction(String type, String path, String value) {}

    /** Where the app points after the step: a {@code node}, {@code chart}, {@code costTerm}, {@code panel} or {@code check}. */
    public record Highlight(String kind, String target) {}
}
