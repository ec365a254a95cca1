package dev.cdnx.app.lessons;

import java.net.URL;

/** Style-class names and the stylesheet of lessons, interview cards and the glossary (assets/css/lessons.css). */
public final class LessonStyles {

    /** Class-path location of lessons.css; add it to the scene or to a parent of the lesson nodes. */
    public static final String STYLESHEET = url("/dev/cdnx/assets/css/lessons.css");

    public static final String PANEL = "lessons-panel";
    public static final String LIST = "lessons-list";
    public static final String LESSON = "lesson-view";
    public static final String TITLE = "lesson-title";
    public static final String STORY = "lesson-story";
    public static final String SUMMARY = "lesson-summary";
    public static final String INSTRUCTION = "lesson-instruction";
    public static final String CHECK = "lesson-check";
    public static final String CHECK_MET = "lesson-check-met";
    public static final String CHECK_OPEN = "lesson-check-open";
    public static final String NOTICE = "lesson-notice";
    public static final String COMPLETE = "lesson-complete";
    public static final String MESSAGE = "lesson-message";
    public static final String TERM = "lesson-term";
    public static final String CARD = "interview-card";
    public static final String QUESTION = "interview-question";
    public static final String ANSWER = "interview-answer";
    public static final String GLOSSARY = "glossary-view";
    public static final String DEFINITION = "glossary-definition";
    public static final String TOOLTIP = "glossary-tooltip";

    private LessonStyles() {}

    private static String url(String path) {
        URL u = LessonStyles.class.getResource(path);
        return u == null ? "" : u.toExternalForm();
    }
}
