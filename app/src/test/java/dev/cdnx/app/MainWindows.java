package dev.cdnx.app;

import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.Scenario;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The main window on a sample, as the robot and window tests open it: preferences kept apart from the
 * user's, the sample opened, the theme installed. {@link #show} puts it on a stage (robot tests);
 * {@link #fitted} and {@link #withPanel} lay out a window of a given size without one (window tests, which
 * lay it out themselves while they wait).
 */
public final class MainWindows {

    private MainWindows() {}

    /** Opens {@code sample} (a name under samples/, e.g. {@code hello-cdn}) in a new main window on {@code stage}. */
    public static MainView show(Stage stage, String sample) {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test");
        // the default layout: a divider or a maximised panel an earlier test saved would shrink the canvas
        new LayoutMemory("dev/cdnx/app-test").clear();
        MainView view = new MainView(new Scenario(), true, () -> {});
        view.files().openSample(sample);
        Scene scene = new Scene(view, 1200, 760);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        return view;
    }

    /**
     * A {@code w} × {@code h} main window on {@code sample} in the default layout (the layout saved under the
     * test's {@code cdnx.prefs} node forgotten), laid out, with the drawing fitted into the canvas. FX thread.
     */
    static MainView fitted(String sample, double w, double h) {
        MainView v = opened(sample, w, h);
        v.applyCss();
        v.resize(w, h);
        v.layout();
        v.canvas().zoomToFit();
        v.layout();
        return v;
    }

    private static MainView opened(String sample, double w, double h) {
        new LayoutMemory(System.getProperty("cdnx.prefs")).clear();
        MainView v = new MainView(new Scenario(), true, () -> {});
        v.files().openSample(sample);
        Theme.install(new Scene(v, w, h));
        return v;
    }

    /**
     * Waits until the canvas has placed its names once more than now (they settle once the view rests),
     * laying the window out meanwhile: it has no stage whose pulses would. Not on the FX thread.
     */
    static void awaitNamesPlaced(MainView view) throws TimeoutException {
        long passes = FxWait.fx(() -> view.canvas().workCounts().placementPasses());
        org.testfx.util.WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> FxWait.fx(() -> {
                    view.layout();
                    return view.canvas().workCounts().placementPasses() > passes;
                }));
    }

    /**
     * A {@code w} × {@code h} main window on {@code sample} in the default layout with the bottom panel
     * {@code panel} open, laid out until the panel has filled (the cost figures and the decision verdict
     * are worked out off the FX thread once their tab is shown: a panel measured before they arrive
     * measures nothing that matters). Not on the FX thread.
     */
    static MainView withPanel(String sample, String panel, double w, double h) {
        MainView view = FxWait.fx(() -> {
            MainView v = opened(sample, w, h);
            v.workbench().openPanel(panel);
            return v;
        });
        Predicate<MainView> filled = filledFor(panel);
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(
                    240,
                    TimeUnit.SECONDS,
                    () -> FxWait.fx(() -> {
                        settle(view, w, h);
                        return filled.test(view);
                    }));
        } catch (TimeoutException e) {
            throw new AssertionError("the " + panel + " panel never filled", e);
        }
        FxWait.fx(() -> {
            settle(view, w, h);
            return null;
        });
        return view;
    }

    /** What must be on screen before a panel is measured. */
    private static Predicate<MainView> filledFor(String panel) {
        return switch (panel) {
            case "cost" ->
                view -> view.lookupAll("#cost-terms").stream()
                        .allMatch(t -> !((TableView<?>) t).getItems().isEmpty());
            case "decision" -> view -> view.lookup("#verdict-runs") != null;
            default -> view -> true;
        };
    }

    /** Lays {@code view} out at {@code w} × {@code h} until the panels' sizes have settled. FX thread. */
    static void settle(Parent view, double w, double h) {
        for (int i = 0; i < 3; i++) {
            view.applyCss();
            view.resize(w, h);
            view.layout();
        }
    }
}
