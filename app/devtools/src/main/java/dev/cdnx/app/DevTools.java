package dev.cdnx.app;

import dev.cdnx.app.lab.LabDemo;
import dev.cdnx.app.panels.CompareDemo;
import dev.cdnx.app.panels.MismatchDemo;
import dev.cdnx.app.run.AnimationBench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The dev tools' launcher ({@code mvn -q -pl app/devtools -am -Pdevtools javafx:run -Djavafx.args="…"}):
 * the editor benchmark and the Compare and Live Lab demonstrations in the app's own main window
 * ({@link CdnExplorerApp#openWindow}), or the live-run animation benchmark in its own window.
 */
public final class DevTools extends Application {

    private DevToolOptions options;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void init() {
        try {
            options = DevToolOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("devtools: " + e.getMessage());
            System.exit(2);
        }
    }

    @Override
    public void start(Stage stage) {
        if (options.benchAnimation() > 0) {
            var unused = AnimationBench.run(stage, options.benchAnimation()).whenComplete((r, err) -> {
                System.out.println(err != null ? "bench-animation failed: " + err.getMessage() : r.toString());
                Platform.exit();
            });
            return;
        }
        MainView view = CdnExplorerApp.openWindow(stage, options.app(), Platform::exit);
        if (options.benchEditor() > 0) {
            new EditorBenchmark(view, options.benchEditor(), options.benchJson()).start();
        } else if ("cost".equals(options.app().show())) {
            // --show cost --demo: the Cost panel on "Compare providers"
            view.workbench().panels().cost().compareProvidersProperty().set(true);
            if (options.app().screenshot() != null) {
                Screenshots.afterSettling(
                        stage.getScene(),
                        options.app().screenshot(),
                        view.workbench().panels()::busy,
                        Platform::exit);
            }
        } else {
            boolean compare = "compare".equals(options.app().show());
            Runnable shoot = options.app().screenshot() == null
                    ? () -> {}
                    : () -> Screenshots.afterSettling(
                            stage.getScene(),
                            options.app().screenshot(),
                            view.workbench().panels()::busy,
                            () -> {
                                if (!compare) {
                                    view.workbench().lab().stop();
                                }
                                Platform.exit();
                            });
            demoThen(view, compare, options.demoAgainst(), shoot);
        }
    }

    /**
     * {@code --show compare --demo}: the Compare panel at work (baseline, a shorter TTL, a sweep);
     * {@code --show compare --demo-against SAMPLE}: a baseline of the open scenario against a run of SAMPLE;
     * {@code --show lab --demo}: the live lab started and asked twice for one object. Then {@code then}.
     * ({@code --show cost --demo} needs no thread: it only switches the Cost panel to its comparison.)
     */
    private static void demoThen(MainView view, boolean compare, String against, Runnable then) {
        Thread t = new Thread(
                () -> {
                    try {
                        if (compare && against != null) {
                            MismatchDemo.play(
                                    view.workbench().panels(),
                                    () -> view.files().openSample(against));
                        } else if (compare) {
                            CompareDemo.play(
                                    view.workbench().panels(), view.viewModel().document());
                        } else {
                            LabDemo.play(
                                    view.workbench().lab(),
                                    view.viewModel().document().scenario(),
                                    Platform::runLater);
                        }
                    } catch (InterruptedException | java.io.IOException | RuntimeException e) {
                        System.err.println("devtools: the demonstration stopped: " + e.getMessage());
                    }
                    Platform.runLater(then);
                },
                "cdnx-demo");
        t.setDaemon(true);
        t.start();
    }
}
