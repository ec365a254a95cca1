package dev.cdnx.app.panels;

import dev.cdnx.app.panels.host.PanelsController;
import java.util.Objects;

/**
 * The Compare panel's honesty check shown at work, for pictures of it: run the open scenario, pin it as the
 * baseline, open another sample in its place and run that: the header then names both scenarios and asks
 * before mixing them. Runs on a thread of its own and blocks; every step is posted to the FX thread.
 */
public final class MismatchDemo {

    private MismatchDemo() {}

    /** Plays it; {@code openOther} replaces the document (called on the FX thread). */
    public static void play(PanelsController panels, Runnable openOther) throws InterruptedException {
        var c = panels.compare();
        CompareDemo.fx(c::runNow);
        CompareDemo.waitFor(
                () -> c.currentProperty().get() != null && !c.runningProperty().get(), 120);
        CompareDemo.fx(c::pinBaseline);
        var pinned = c.currentProperty().get();
        CompareDemo.fx(openOther);
        CompareDemo.fx(c::runNow);
        CompareDemo.waitFor(
                () -> !Objects.equals(c.currentProperty().get(), pinned)
                        && !c.runningProperty().get(),
                120);
    }
}
