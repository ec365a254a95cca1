package dev.cdnx.app.lessons;

/**
 * What a lesson asks of the window that mounts it. The shell implements it over its document, its live
 * run and its panels; {@link LessonsPreview} and the tests implement it over a plain
 * {@link dev.cdnx.model.lessons.LessonState} and the model's engine.
 *
 * <p>Every call comes on the FX thread. The host reports back through the view-model's callbacks —
 * {@link LessonsViewModel#scenarioChanged}, {@link LessonsViewModel#runFinished} and
 * {@link LessonsViewModel#panelOpened} — whenever the scenario changes, a run ends or a panel opens, not
 * only when a lesson asked for it: a person may do the step by hand.
 */
public interface LessonHost {

    /** Plays the current scenario to its end (at full speed is fine); report the result with {@code runFinished}. */
    void runToEnd();

    /** Sets one field of the scenario by its JSON path, e.g. {@code policy.ttlJitter} to {@code 300s}, as an undoable edit. */
    void setField(String path, String value);

    /** Switches the delivery model: {@code pull}, {@code push} or {@code hybrid}. */
    void setModel(String model);

    /** Opens a bottom panel by name: {@code metrics}, {@code cost}, {@code decision}, {@code checks}, {@code compare}, {@code log}. */
    void openPanel(String name);

    /**
     * Points at something on screen: kind {@code node} (a node name), {@code chart} (a metrics chart),
     * {@code costTerm} (a cost term id), {@code panel} (a panel or {@code properties}/{@code toolbar}) or
     * {@code check} (an architecture check id). A null kind clears the highlight.
     */
    void highlight(String kind, String target);
}
