package dev.cdnx.model.lessons;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import java.util.HashSet;
import java.util.Set;

/**
 * What a lesson's expectations look at: the scenario as it is now, the latest finished run of it (null
 * before the first), and the panels the person has opened. The app keeps one up to date; the tests drive
 * one with {@link LessonRunner}.
 */
public final class LessonState {
    private Scenario scenario;
    private RunResult lastRun;
    private final Set<String> panelsOpened = new HashSet<>();

    public LessonState(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** A changed scenario makes the last run stale: it no longer describes what is on screen. */
    public void setScenario(Scenario s) {
        scenario = s;
        lastRun = null;
    }

    public RunResult lastRun() {
        return lastRun;
    }

    public void setLastRun(RunResult r) {
        lastRun = r;
    }

    public Set<String> panelsOpened() {
        return panelsOpened;
    }

    public void panelOpened(String panel) {
        panelsOpened.add(panel);
    }
}
