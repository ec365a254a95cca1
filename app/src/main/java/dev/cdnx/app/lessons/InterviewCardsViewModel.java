package dev.cdnx.app.lessons;

import dev.cdnx.model.lessons.Lessons;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The interview cards (SPEC S6): one card at a time, its answer hidden until revealed, and the two ways
 * into practice — open the card's sample, or start the lesson that shows it. Touches no node.
 */
public final class InterviewCardsViewModel {

    private final List<Lessons.InterviewCard> cards = Lessons.interviewCards();
    private final LessonsViewModel lessons;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<Lessons.InterviewCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");

    public InterviewCardsViewModel(LessonsViewModel lessons) {
        this.lessons = lessons;
        show(0);
    }

    public void next() {
        show((index.get() + 1) % cards.size());
    }

    public void previous() {
        show((index.get() + cards.size() - 1) % cards.size());
    }

    public void show(int i) {
        index.set(i);
        card.set(cards.get(i));
        revealed.set(false);
    }

    public void reveal() {
        revealed.set(true);
    }

    /** Loads the card's sample into the shell. */
    public void openScenario() {
        lessons.openSample(card.get().sample());
    }

    /** Opens the card's lesson (which loads its sample). */
    public void startLesson() {
        lessons.open(card.get().lesson());
    }

    public List<Lessons.InterviewCard> cards() {
        return cards;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Lessons.InterviewCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }
}
