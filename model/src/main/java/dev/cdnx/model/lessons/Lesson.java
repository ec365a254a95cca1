package dev.cdnx.model.lessons;

import java.util.List;

/**
 * A guided lesson over one sample file: steps a person reads and does, each checked, each ending with
 * what to notice on screen. {@code story} is the SPEC S7 story number (0 for the introduction).
 */
public record Lesson(
        String id,
        int story,
        String title,
        String sample,
        String summary,
        List<LessonStep> steps,
        List<String> glossary) {}
