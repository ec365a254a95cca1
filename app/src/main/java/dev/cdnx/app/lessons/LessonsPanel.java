package dev.cdnx.app.lessons;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * What the shell mounts (a side panel or a window): the lessons, the interview cards and the glossary as
 * tabs, with the stylesheet attached. Starting a lesson from a card shows the lessons tab; a term link in
 * a lesson shows it in the glossary.
 *
 * <pre>
 *   LessonsViewModel lessons = new LessonsViewModel(host, sample -> document.replace(load(sample)));
 *   LessonsPanel panel = new LessonsPanel(lessons);
 * </pre>
 */
public final class LessonsPanel extends TabPane {

    private final Tab lessonsTab;
    private final Tab cardsTab;
    private final Tab glossaryTab;
    private final GlossaryViewModel glossary = new GlossaryViewModel();
    private final InterviewCardsViewModel cards;

    public LessonsPanel(LessonsViewModel lessons) {
        setId("lessons-panel");
        getStyleClass().add(LessonStyles.PANEL);
        if (!LessonStyles.STYLESHEET.isEmpty()) {
            getStylesheets().add(LessonStyles.STYLESHEET);
        }
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        cards = new InterviewCardsViewModel(lessons);
        lessonsTab = new Tab("Lessons", new LessonsView(lessons));
        lessonsTab.setId("tab-lessons");
        cardsTab = new Tab("Interview cards", new InterviewCardsView(cards));
        cardsTab.setId("tab-cards");
        glossaryTab = new Tab("Glossary", new GlossaryView(glossary));
        glossaryTab.setId("tab-glossary");
        getTabs().addAll(lessonsTab, cardsTab, glossaryTab);

        lessons.lessonProperty().addListener((o, a, l) -> {
            if (l != null) {
                getSelectionModel().select(lessonsTab);
            }
        });
        lessons.glossaryRequestProperty().addListener((o, a, term) -> {
            if (term != null && glossary.select(term)) {
                getSelectionModel().select(glossaryTab);
            }
        });
    }

    public void showLessons() {
        getSelectionModel().select(lessonsTab);
    }

    public void showInterviewCards() {
        getSelectionModel().select(cardsTab);
    }

    /** Shows the glossary at a term (the shell's Help → Glossary). */
    public void showGlossary(String term) {
        if (term != null) {
            glossary.select(term);
        }
        getSelectionModel().select(glossaryTab);
    }

    public InterviewCardsViewModel cards() {
        return cards;
    }

    public GlossaryViewModel glossary() {
        return glossary;
    }
}
