package dev.cdnx.model.lessons;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cdnx.model.io.ScenarioIO;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The teaching content shipped with the explorer, read from resources: the lessons (one per reference
 * story), the interview cards, and the glossary.
 */
public final class Lessons {

    /** A common interview question, a short model answer, and the sample (and lesson) that shows it. */
    public record InterviewCard(String question, String answer, String sample, String lesson) {}

    /** A term and its meaning in the project's words. */
    public record GlossaryEntry(String term, String definition, List<String> seeAlso) {}

    private Lessons() {}

    public static List<Lesson> lessons() {
        return read("lessons.json", new TypeReference<List<Lesson>>() {});
    }

    public static List<InterviewCard> interviewCards() {
        return read("interview.json", new TypeReference<List<InterviewCard>>() {});
    }

    public static List<GlossaryEntry> glossary() {
        return read("glossary.json", new TypeReference<List<GlossaryEntry>>() {});
    }

    /** The glossary entry for a term (case-insensitive), or null. */
    public static GlossaryEntry term(String term) {
        return glossary().stream()
                .filter(g -> g.term().equalsIgnoreCase(term))
                .findFirst()
                .orElse(null);
    }

    private static <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = Lessons.class.getResourceAsStream("/dev/cdnx/model/lessons/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks the resource " + name);
            }
            return ScenarioIO.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
