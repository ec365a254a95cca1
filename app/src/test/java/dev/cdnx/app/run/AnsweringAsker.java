package dev.cdnx.app.run;

import java.util.ArrayList;
import java.util.List;

/** A {@link RunGuard.Asker} for tests: answers long-run questions with a set answer and keeps what it was told. */
public final class AnsweringAsker implements RunGuard.Asker {

    private final boolean yes;
    public final List<String> questions = new ArrayList<>();
    public final List<String> refusals = new ArrayList<>();

    public AnsweringAsker(boolean yes) {
        this.yes = yes;
    }

    @Override
    public boolean confirmLong(String title, String message) {
        questions.add(title + ": " + message);
        return yes;
    }

    @Override
    public void refuse(String title, String message) {
        refusals.add(title + ": " + message);
    }

    /** A guard that asks this asker, measuring against a heap of {@code heapBytes}. */
    public RunGuard guard(long heapBytes) {
        return new RunGuard(this, () -> heapBytes);
    }
}
