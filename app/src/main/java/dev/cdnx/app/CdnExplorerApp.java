package dev.cdnx.app;

import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * CDN Explorer, the desktop program. Opens {@code hello-cdn} (or {@code --open FILE}) in the topology
 * editor; see {@link AppOptions} for the flags. Besides the interactive window there are three unattended
 * entry points, {@code --export-png/--export-svg}, {@code --screenshot} and {@code --export-gif} (after the
 * screenshot, when both are given: the picture at {@code --play-to}, then the GIF from there); the benchmarks and
 * demonstrations open the same window from the dev tools (app/devtools) through {@link #openWindow}.
 */
public final class CdnExplorerApp extends Application {

    private AppOptions options;
    private dev.cdnx.app.traffic.TrafficStartup traffic;
    private MainView view;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void init() {
        try {
            traffic =
                    dev.cdnx.app.traffic.TrafficStartup.extract(getParameters().getRaw());
            options = AppOptions.parse(traffic.rest());
            options.checkOutputs();
        } catch (IllegalArgumentException e) {
            System.err.println("cdn-explorer: " + e.getMessage());
            System.exit(2);
        }
    }

    @Override
    public void start(Stage stage) {
        view = openWindow(stage, options, this::quit);
        Scene scene = stage.getScene();
        String longPlay = options.longPlayRefusal(view.viewModel().scenario());
        if (longPlay != null) {
            System.err.println("cdn-explorer: " + longPlay);
            Platform.exit();
            System.exit(1);
            return;
        }
        if (options.allowLong()) {
            view.workbench().run().allowLongRuns();
        }
        traffic.drive(view.workbench().traffic(), view.viewModel()::scenario, view.workbench()::importTraffic);
        if (options.exportPng() != null || options.exportSvg() != null) {
            Screenshots.afterSettling(scene, null, () -> exportAndExit(view));
        } else if (options.screenshot() != null || options.gif() != null) {
            Runnable afterShot =
                    options.gif() == null ? Platform::exit : () -> StoryGif.recordThenExit(view, options.gif());
            Runnable shoot = () -> Screenshots.afterSettling(
                    scene,
                    options.screenshot(),
                    () -> view.workbench().panels().busy()
                            || !traffic.reached(view.workbench().traffic()),
                    afterShot);
            if (options.playTo() > 0) {
                playThen(view, options.playTo(), shoot);
            } else {
                shoot.run();
            }
        } else {
            if (options.playTo() > 0) {
                playThen(view, options.playTo(), () -> {});
            }
            if (!options.noRecovery()) {
                view.fileController().offerRecovery();
            }
            view.files().autosave().start(Duration.seconds(30));
        }
    }

    /**
     * The main window as every entry point opens it: the theme, the scenario ({@code --open} or
     * hello-cdn), the window at its size, zoomed to fit, with the panel of {@code --show} open.
     * {@code quit} runs when the user asks to quit (File › Quit).
     */
    public static MainView openWindow(Stage stage, AppOptions options, Runnable quit) {
        Theme.select(options.theme());
        MainView view = new MainView(new Scenario(), options.unattended(), quit);
        LoadResult start = null;
        if (options.open() != null) {
            start = view.fileController().openOnStart(options.open());
            if (start.scenario() == null) {
                System.err.println("cdn-explorer: cannot open " + options.open() + ":");
                start.problems().forEach(p -> System.err.println("  " + p.format()));
            }
        } else {
            view.files().openSample("hello-cdn");
        }
        Scene scene = new Scene(view, options.width(), options.height());
        Theme.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(view.files().titleBinding());
        stage.getIcons().add(new Image(CdnExplorerApp.class.getResourceAsStream("/dev/cdnx/app/icon.png")));
        stage.setOnCloseRequest(e -> {
            if (!view.fileController().confirmDiscard()) {
                e.consume();
            } else {
                view.files().autosave().discard();
            }
        });
        if (options.unattended()) {
            parkPointer();
        }
        stage.show();
        view.canvas().zoomToFit();
        view.canvas().requestFocus();
        if (start != null) {
            view.fileController().reportOnStart(options.open(), start);
        }
        if (options.show() != null) {
            view.workbench().openPanel(options.show());
        }
        if (options.countersOnMap()) {
            view.workbench().run().countersOnMapProperty().set(true);
        }
        return view;
    }

    /**
     * Unattended pictures: a virtual display starts with the pointer in its middle, where it would leave
     * whatever node lies there in its hover state (in front, port showing). It goes to the screen's corner.
     */
    private static void parkPointer() {
        try {
            Rectangle2D screen = Screen.getPrimary().getBounds();
            new Robot().mouseMove(screen.getMaxX() - 1, screen.getMaxY() - 1);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // No pointer to move (a headless toolkit): then nothing hovers either.
        }
    }

    /**
     * How much simulated time {@code --play-to} draws before its moment: the run jumps (the engine runs
     * without drawing) to this long before T, then plays the rest, so dots, trails and counters are moving at
     * T but a story an hour into the run (the thundering herd) takes seconds, not the minutes of drawing an
     * hour of traffic.
     */
    static final double PLAY_TO_LEAD = 20;

    /**
     * {@code --play-to T}: jumps to {@link #PLAY_TO_LEAD} before simulated time T, plays the rest at a
     * pace of four wall seconds, pauses at T (or at the run's end, if T is later), then goes on.
     */
    public static void playThen(MainView view, double until, Runnable then) {
        var run = view.workbench().run();
        double lead = Math.min(until, PLAY_TO_LEAD);
        Runnable playRest = () -> {
            run.speedProperty().set(Math.max(1, lead / 4));
            InvalidationListener check = new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (run.simTimeProperty().get() >= until
                            || run.finishedProperty().get()) {
                        run.simTimeProperty().removeListener(this);
                        run.finishedProperty().removeListener(this);
                        run.pause();
                        then.run();
                    }
                }
            };
            // The clock stops moving at the end of the run, so the end is heard on its own.
            run.simTimeProperty().addListener(check);
            run.finishedProperty().addListener(check);
            run.play();
        };
        if (until > lead) {
            var unused = run.seek(until - lead).thenRun(playRest);
        } else {
            playRest.run();
        }
    }

    /** {@code --export-png} / {@code --export-svg}: write the canvas of the opened scenario, then exit. */
    private void exportAndExit(MainView v) {
        int code = 0;
        try {
            if (options.exportPng() != null) {
                v.exports().writePng(options.exportPng(), false, false);
                System.out.println("wrote " + options.exportPng());
            }
            if (options.exportSvg() != null) {
                v.exports().writeSvg(options.exportSvg());
                System.out.println("wrote " + options.exportSvg());
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("cdn-explorer: cannot export: " + e.getMessage());
            code = 1;
        }
        Platform.exit();
        if (code != 0) {
            System.exit(code);
        }
    }

    private void quit() {
        if (view.fileController().confirmDiscard()) {
            view.files().autosave().discard();
            Platform.exit();
        }
    }

    /** For tests and tools: the text of a bundled sample as a scenario. */
    static Scenario sample(String name) throws IOException {
        return ScenarioIO.read(SampleIndex.read(name), name + ".json").orThrow();
    }
}
