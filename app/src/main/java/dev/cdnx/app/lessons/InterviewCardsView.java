package dev.cdnx.app.lessons;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One interview card at a time: the question, "Reveal the answer", the model answer, "Open the scenario"
 * and "Start the lesson". Ids: {@code card-question}, {@code card-answer}, {@code card-reveal},
 * {@code card-open-scenario}, {@code card-start-lesson}, {@code card-previous}, {@code card-next}.
 */
public final class InterviewCardsView extends VBox {

    public InterviewCardsView(InterviewCardsViewModel vm) {
        setId("interview-cards");
        setPadding(new Insets(12));
        setSpacing(10);

        Label counter = new Label();
        counter.setId("card-counter");
        counter.getStyleClass().add(LessonStyles.STORY);
        counter.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "QUESTION " + (vm.indexProperty().get() + 1) + " OF "
                                + vm.cards().size(),
                        vm.indexProperty()));

        Label question = new Label();
        question.setId("card-question");
        question.getStyleClass().add(LessonStyles.QUESTION);
        question.setWrapText(true);
        // Wrapped text is never squeezed to "…": the card grows and the panel scrolls instead.
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.textProperty()
                .bind(Bindings.createStringBinding(() -> vm.cardProperty().get().question(), vm.cardProperty()));

        Label answer = new Label();
        answer.setId("card-answer");
        answer.getStyleClass().add(LessonStyles.ANSWER);
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.textProperty()
                .bind(Bindings.createStringBinding(() -> vm.cardProperty().get().answer(), vm.cardProperty()));
        answer.visibleProperty().bind(vm.revealedProperty());
        answer.managedProperty().bind(vm.revealedProperty());

        Button reveal = new Button("Reveal the answer");
        reveal.setId("card-reveal");
        reveal.visibleProperty().bind(vm.revealedProperty().not());
        reveal.managedProperty().bind(vm.revealedProperty().not());
        reveal.setOnAction(e -> vm.reveal());

        Button openScenario = new Button("Open the scenario");
        openScenario.setId("card-open-scenario");
        openScenario.setOnAction(e -> vm.openScenario());
        openScenario.setTooltip(new javafx.scene.control.Tooltip("Load the sample that shows this answer"));
        Button startLesson = new Button("Start the lesson");
        startLesson.setId("card-start-lesson");
        startLesson.setOnAction(e -> vm.startLesson());
        HBox actions = new HBox(8, openScenario, startLesson);

        VBox card = new VBox(12, counter, question, reveal, answer, actions);
        card.getStyleClass().add(LessonStyles.CARD);

        Button previous = new Button("‹ Previous");
        previous.setId("card-previous");
        previous.setOnAction(e -> vm.previous());
        Button next = new Button("Next ›");
        next.setId("card-next");
        next.setOnAction(e -> vm.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, previous, spacer, next);
        nav.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroller = new ScrollPane(card);
        scroller.setId("card-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(scroller, nav);
    }
}
