package dev.cdnx.app.panels;

import dev.cdnx.app.run.RunGuard;
import dev.cdnx.app.run.RunGuardDialogs;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What every panel view-model shares: the document being edited, the folder of its file (null for an
 * unsaved scenario), where slow work runs ({@code background}), where results are published
 * ({@code ui}, the FX thread in the program), how edits reach the scenario ({@link SettingsEditor}) and
 * how long to wait after an edit before recomputing, and what looks at runs before they start
 * ({@code runGuard}: the program's asks in dialogs; without one, long runs are declined and nobody is
 * asked). {@link #direct} runs everything on the calling thread with no debounce, for view-model tests.
 */
public record PanelContext(
        ScenarioDocument document,
        Supplier<Path> folder,
        Executor background,
        Executor ui,
        Duration debounce,
        SettingsEditor editor,
        RunGuard runGuard) {

    /** The debounce used in the program: edits within 40 ms recompute once, well inside 100 ms. */
    public static final Duration FX_DEBOUNCE = Duration.ofMillis(40);

    public PanelContext {
        Objects.requireNonNull(document);
        folder = folder == null ? () -> null : folder;
        editor = editor == null ? SettingsEditor.direct(document) : editor;
        runGuard = runGuard == null ? RunGuard.declining() : runGuard;
    }

    public PanelContext(
            ScenarioDocument document,
            Supplier<Path> folder,
            Executor background,
            Executor ui,
            Duration debounce,
            SettingsEditor editor) {
        this(document, folder, background, ui, debounce, editor, null);
    }

    /** Background work on one daemon thread, results on the FX thread. */
    public static PanelContext fx(ScenarioDocument doc, Supplier<Path> folder) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cdnx-panels-worker");
            t.setDaemon(true);
            return t;
        });
        return new PanelContext(doc, folder, worker, Platform::runLater, FX_DEBOUNCE, null, RunGuardDialogs.guard());
    }

    /** Everything synchronous on the calling thread: for tests without a toolkit. */
    public static PanelContext direct(ScenarioDocument doc, Supplier<Path> folder) {
        return new PanelContext(doc, folder, Runnable::run, Runnable::run, Duration.ZERO, null);
    }

    /** The same context with another way of editing settings (the shell's undoable commands). */
    public PanelContext withEditor(SettingsEditor e) {
        return new PanelContext(document, folder, background, ui, debounce, e, runGuard);
    }

    /** The same context with another guard of runs (a test's, which answers the questions itself). */
    public PanelContext withRunGuard(RunGuard g) {
        return new PanelContext(document, folder, background, ui, debounce, editor, g);
    }

    /** The scenario folder, or null. */
    public Path folderOrNull() {
        return folder.get();
    }

    /** A private copy of the current scenario, safe to hand to the background thread. */
    public Scenario snapshot() {
        return ScenarioIO.copy(document.scenario());
    }
}
