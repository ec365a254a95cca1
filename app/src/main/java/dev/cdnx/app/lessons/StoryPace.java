package dev.cdnx.app.lessons;

import dev.cdnx.app.run.RunTimeline;
import dev.cdnx.app.run.RunViewModel;
import javafx.beans.value.ChangeListener;

/**
 * How a lesson's "Show me" plays a story: from t = 0 at a speed that lets the whole run take about
 * {@link #STORY_SECONDS} of real time (never "as fast as possible", which ends a five-minute story in three
 * seconds with nothing drawn), slowing down near the run's events, and giving the user's own speed and
 * slow-down setting back when the run ends. A user who moves the speed slider meanwhile keeps their speed.
 */
public final class StoryPace {

    static final double STORY_SECONDS = 20;
    static final double SLOWEST = 1;
    static final double FASTEST = 200;

    private StoryPace() {}

    /** The speed at which a run of {@code durationSeconds} takes about {@link #STORY_SECONDS}. */
    public static double speedFor(double durationSeconds) {
        return Math.max(SLOWEST, Math.min(FASTEST, durationSeconds / STORY_SECONDS));
    }

    /** Plays the run from 0 at its story speed; restores the user's settings when it finishes. */
    public static void play(RunViewModel run) {
        RunTimeline timeline = run.timeline();
        double userSpeed = timeline.userSpeed();
        boolean userSlow = timeline.slowNearEventsProperty().get();
        run.reset();
        double story = speedFor(run.durationProperty().get());
        run.speedProperty().set(story);
        timeline.slowNearEventsProperty().set(true);
        ChangeListener<Boolean> restore = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean done) {
                if (!done) {
                    return;
                }
                run.finishedProperty().removeListener(this);
                boolean untouched = timeline.userSpeed() == story;
                timeline.slowNearEventsProperty().set(userSlow);
                if (untouched) {
                    run.speedProperty().set(userSpeed);
                }
            }
        };
        run.finishedProperty().addListener(restore);
        run.play();
    }
}
