package dev.cdnx.app.run;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The standalone live-run window (see {@link RunPreview} for the options): the run's toolbar, a plain
 * drawing of the scenario with the {@link RunOverlay} on top, the trace panel, the legend and the metrics.
 * Stands in for the shell, which mounts the same parts in the main window.
 */
public final class RunPreviewApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        if (args.contains("--bench-animation")) {
            double secs = Double.parseDouble(opt(args, "--bench-animation", "20"));
            var unused = AnimationBench.run(stage, secs).thenAccept(r -> {
                System.out.println(r);
                Platform.exit();
            });
            return;
        }
        Scenario scenario = load(args);
        ScenarioDocument doc = new ScenarioDocument(scenario);
        RunViewModel vm = new RunViewModel(doc);
        String model = opt(args, "--model", null);
        if (model != null) {
            vm.setModel(DeliveryModel.fromId(model));
        }
        String speed = opt(args, "--speed", null);
        if (speed != null) {
            vm.speedProperty().set("max".equals(speed) ? RunViewModel.MAX_SPEED : Double.parseDouble(speed));
        }
        vm.fpsOverlayProperty().set(args.contains("--fps"));

        WorldBackdrop backdrop = new WorldBackdrop();
        RunOverlay overlay = new RunOverlay(vm);
        // while the run plays, the dots' raster carries the backdrop's picture (as the main window's canvas)
        overlay.setUnderlay(backdrop.underlay());
        Group world = new Group(backdrop, overlay);
        Scale zoom = new Scale(1, 1);
        world.getTransforms().add(zoom);
        Pane viewport = new Pane(world);
        viewport.setMinSize(200, 200);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        Runnable fit = () -> {
            RunGeometry g = vm.geometryProperty().get();
            backdrop.paint(g, g.size() <= 60);
            double w = g.maxX - g.minX + 80;
            double h = g.maxY - g.minY + 80;
            double s = Math.min(viewport.getWidth() / w, viewport.getHeight() / h);
            s = Math.max(0.05, Math.min(s, 3));
            zoom.setX(s);
            zoom.setY(s);
            world.setTranslateX((viewport.getWidth() - w * s) / 2 - (g.minX - 40) * s);
            world.setTranslateY((viewport.getHeight() - h * s) / 2 - (g.minY - 40) * s);
        };
        viewport.widthProperty().addListener((o, a, b) -> fit.run());
        viewport.heightProperty().addListener((o, a, b) -> fit.run());
        vm.geometryProperty().addListener((o, a, b) -> fit.run());
        RunHud hud = new RunHud(vm);
        StackPane canvasArea = new StackPane(viewport, hud);
        StackPane.setAlignment(hud, Pos.TOP_RIGHT);
        StackPane.setMargin(hud, new Insets(8));

        TracePanel trace = new TracePanel(vm);
        trace.setPrefWidth(380);
        MetricsPanel metrics = new MetricsPanel(vm);
        TabPane tabs = new TabPane(new Tab("Metrics", metrics));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(340);
        BorderPane root = new BorderPane(canvasArea);
        root.setTop(new RunToolbar(vm));
        root.setRight(trace);
        root.setBottom(new VBox(new Legend(), tabs));
        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(RunStyles.STYLESHEET);
        try {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        } catch (RuntimeException | LinkageError e) {
            // AtlantaFX is optional for the preview
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                vm.togglePlay();
                e.consume();
            }
        });
        stage.setTitle("CDN Explorer — live run preview: " + scenario.name);
        stage.setScene(scene);
        stage.show();
        fit.run();
        stage.setOnHidden(e -> vm.dispose());

        if (args.contains("--follow")) {
            vm.followNextRequest();
        }
        if (args.contains("--play")) {
            vm.play();
        }
        String down = opt(args, "--down", null);
        double downAfter = Double.parseDouble(opt(args, "--down-after", "1"));
        if (down != null) {
            PauseTransition p = new PauseTransition(Duration.seconds(downAfter));
            p.setOnFinished(e -> {
                var unused = vm.takeDown(down);
            });
            p.play();
        }
        String shot = opt(args, "--screenshot", null);
        if (shot != null) {
            PauseTransition p = new PauseTransition(Duration.seconds(Double.parseDouble(opt(args, "--after", "5"))));
            p.setOnFinished(e -> {
                try {
                    javax.imageio.ImageIO.write(
                            SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(shot));
                    System.out.printf(
                            "screenshot %s at t=%.2f s, requests %s%n",
                            shot,
                            vm.simTimeProperty().get(),
                            vm.snapshotProperty().get() == null
                                    ? "-"
                                    : vm.snapshotProperty().get().requests());
                } catch (Exception ex) {
                    System.err.println("screenshot " + shot + " failed: " + ex);
                }
                Platform.exit();
            });
            p.play();
        }
    }

    private static Scenario load(List<String> args) throws Exception {
        String file = args.stream()
                .filter(a -> !a.startsWith("--"))
                .filter(a -> !isValueOfOption(args, a))
                .findFirst()
                .orElse("hello-cdn");
        Path p = Path.of(file);
        if (Files.exists(p)) {
            return ScenarioIO.read(p).orThrow();
        }
        String name = file.endsWith(".json") ? file : file + ".json";
        try (InputStream in = RunPreviewApp.class.getResourceAsStream("/dev/cdnx/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario file or sample named " + file);
            }
            return ScenarioIO.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name)
                    .orThrow();
        }
    }

    private static boolean isValueOfOption(List<String> args, String a) {
        int i = args.indexOf(a);
        return i > 0
                && args.get(i - 1).startsWith("--")
                && !List.of("--play", "--follow", "--fps").contains(args.get(i - 1));
    }

    private static String opt(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
