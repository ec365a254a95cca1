package dev.cdnx.app.panels;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The preview window: the four panel tabs over one scenario, as the shell will mount them. */
public final class PreviewApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        PreviewOptions o = PreviewOptions.parse(getParameters().getRaw());
        Application.setUserAgentStylesheet(
                o.dark() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Path file = resolve(o.file());
        LoadResult load = ScenarioIO.read(file);
        if (load.scenario() == null) {
            throw new IllegalArgumentException("cannot open " + file + ": " + load.problems());
        }
        Scenario s = o.sets().isEmpty() ? load.scenario() : ScenarioOverrides.apply(load.scenario(), o.sets());
        ScenarioDocument doc = new ScenarioDocument(s);
        Path folder = file.toAbsolutePath().getParent();
        PanelsController panels = new PanelsController(doc, () -> folder);
        TabPane tabs = new TabPane();
        tabs.setId("panels-tabs");
        tabs.getTabs().setAll(panels.tabs());
        BorderPane root = new BorderPane(tabs);
        Label title = new Label("  " + s.name + "  —  " + file.getFileName() + "   (panels preview)");
        title.getStyleClass().add(PanelStyles.TITLE);
        root.setTop(title);
        stage.setScene(new Scene(root, o.width(), o.height()));
        stage.setTitle("CDN Explorer panels — " + s.name);
        stage.show();
        panels.select(o.show());
        if (o.measured()) {
            panels.cost().measuredProperty().set(true);
        }
        new PreviewScript(panels, doc, stage, o).start();
    }

    private static Path resolve(String name) {
        Path p = Path.of(name);
        if (!Files.exists(p) && Files.exists(Path.of("..").resolve(name))) {
            return Path.of("..").resolve(name);
        }
        return p;
    }

    /** Command-line options of the preview. */
    record PreviewOptions(
            String file,
            String show,
            boolean dark,
            List<String> sets,
            boolean measured,
            boolean demo,
            String screenshot,
            int width,
            int height) {

        static PreviewOptions parse(List<String> args) {
            String file = "samples/hello-cdn.json";
            String show = "decision";
            boolean dark = false;
            boolean measured = false;
            boolean demo = false;
            String shot = null;
            int w = 1500;
            int h = 900;
            List<String> sets = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--show" -> show = args.get(++i);
                    case "--theme" -> dark = args.get(++i).equals("dark");
                    case "--set" -> sets.add(args.get(++i));
                    case "--measured" -> measured = true;
                    case "--demo" -> demo = true;
                    case "--screenshot" -> shot = args.get(++i);
                    case "--size" -> {
                        String[] wh = args.get(++i).split("x");
                        w = Integer.parseInt(wh[0]);
                        h = Integer.parseInt(wh[1]);
                    }
                    default -> file = a;
                }
            }
            return new PreviewOptions(file, show, dark, sets, measured, demo, shot, w, h);
        }
    }

    static void exit() {
        Platform.exit();
        System.exit(0);
    }
}
