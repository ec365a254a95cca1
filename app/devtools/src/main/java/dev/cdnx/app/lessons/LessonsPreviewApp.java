package dev.cdnx.app.lessons;

import dev.cdnx.app.AboutDialog;
import dev.cdnx.app.export.ExportActions;
import dev.cdnx.app.export.ExportContext;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * The standalone lessons window (see {@link LessonsPreview} for the options): the lessons panel beside a
 * plain drawing of the current scenario, with an {@link EngineLessonHost} standing in for the shell, and
 * the File → Export and Help → About menus wired as the shell will wire them.
 */
public final class LessonsPreviewApp extends Application {

    private final EngineLessonHost host = new EngineLessonHost();
    private final PreviewCanvas canvas = new PreviewCanvas();
    private final Label status = new Label();
    private LessonsViewModel vm;
    private Stage stage;
    private String lastHighlight = "";

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        List<String> args = getParameters().getRaw();
        vm = new LessonsViewModel(host, host.sampleLoader());
        host.attach(vm);
        host.addListener(this::refresh);
        host.replace(Samples.load("hello-cdn.json"));
        LessonsPanel panel = new LessonsPanel(vm);

        ExportActions export = new ExportActions(new Context(), status::setText);
        MenuItem png = item("Drawing as PNG…", export::exportPng);
        MenuItem svg = item("Drawing as SVG…", () -> {
            var unused = export.exportSvg();
        });
        MenuItem csv = item("Run as CSV…", () -> {
            var unused = export.exportCsv();
        });
        MenuItem report = item("Report (HTML or Markdown)…", () -> {
            var unused = export.exportReport();
        });
        MenuItem gif = item("Record the view as GIF…", () -> {
            var unused = export.exportGif();
        });
        Menu exportMenu = new Menu("Export", null, png, svg, csv, report, gif);
        Menu file = new Menu("File", null, exportMenu);
        Menu help = new Menu(
                "Help",
                null,
                item("Glossary", () -> panel.showGlossary(null)),
                item("About CDN Explorer", () -> AboutDialog.show(stage, getHostServices()::showDocument)));
        MenuBar menus = new MenuBar(file, help);

        status.setId("preview-status");
        status.setWrapText(true);
        status.setPadding(new Insets(6, 10, 6, 10));
        VBox.setVgrow(canvas, javafx.scene.layout.Priority.ALWAYS);
        VBox center = new VBox(canvas, status);
        SplitPane split = new SplitPane(panel, center);
        split.setDividerPositions(0.38);
        BorderPane root = new BorderPane(split);
        root.setTop(menus);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(LessonStyles.STYLESHEET);
        stage.setTitle("CDN Explorer — lessons preview");
        stage.setScene(scene);
        stage.show();
        refresh();
        script(args, panel);
    }

    private void refresh() {
        Scenario s = host.scenario();
        List<EngineLessonHost.Highlight> hs = host.highlights();
        EngineLessonHost.Highlight h = hs.isEmpty() ? null : hs.get(hs.size() - 1);
        lastHighlight = h == null || h.kind() == null ? "" : h.kind() + " " + h.target();
        canvas.show(s, h != null && "node".equals(h.kind()) ? h.target() : null);
        RunResult r = host.lastRun();
        StringBuilder sb = new StringBuilder("Scenario: ").append(s == null ? "none" : s.name);
        if (s != null && s.delivery != null && s.delivery.model != null) {
            sb.append(" (").append(s.delivery.model.id()).append(')');
        }
        sb.append(
                r == null
                        ? "   ·   no finished run"
                        : String.format(
                                "   ·   last run: %,d requests, hit ratio %.1f %%, "
                                        + "%,d origin requests, %,d errors",
                                r.requests(), r.hitRatio() * 100, r.originRequests(), r.errors()));
        if (!host.panels().isEmpty()) {
            sb.append("   ·   panels opened: ").append(String.join(", ", host.panels()));
        }
        if (!lastHighlight.isEmpty()) {
            sb.append("\nThe shell would highlight: ").append(lastHighlight);
        }
        status.setText(sb.toString());
    }

    // ---- scripted runs for screenshots --------------------------------------------------------------

    private void script(List<String> args, LessonsPanel panel) {
        String tab = opt(args, "--tab", null);
        if ("cards".equals(tab)) {
            panel.showInterviewCards();
            panel.cards().show(Integer.parseInt(opt(args, "--card", "0")));
            if (args.contains("--reveal")) {
                panel.cards().reveal();
            }
        } else if ("glossary".equals(tab)) {
            panel.showGlossary(opt(args, "--term", null));
        }
        String lesson = opt(args, "--lesson", null);
        int showMe = Integer.parseInt(opt(args, "--show-me", "0"));
        if (lesson != null) {
            vm.open(lesson);
        }
        int[] left = {showMe};
        boolean[] waiting = {false};
        Timeline driver = new Timeline();
        driver.getKeyFrames().add(new KeyFrame(Duration.millis(150), e -> {
            if (vm.busyProperty().get()) {
                return;
            }
            if (waiting[0]) {
                waiting[0] = false;
                if (left[0] > 0 && vm.canNextProperty().get()) {
                    vm.next();
                }
                return;
            }
            if (left[0] > 0) {
                left[0]--;
                vm.showMe();
                waiting[0] = true;
                return;
            }
            driver.stop();
            finish(args);
        }));
        driver.setCycleCount(Timeline.INDEFINITE);
        driver.play();
    }

    private void finish(List<String> args) {
        if (args.contains("--about")) {
            Alert about = AboutDialog.create(stage, null);
            about.show();
            String shot = opt(args, "--screenshot", null);
            if (shot != null) {
                later(() -> save(about.getDialogPane().getScene().getRoot(), shot));
            }
            return;
        }
        String shot = opt(args, "--screenshot", null);
        if (shot != null) {
            later(() -> save(stage.getScene().getRoot(), shot));
        }
    }

    private static void later(Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(700));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void save(Node root, String file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png", new File(file));
            System.out.println("wrote " + file);
        } catch (Exception e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
        Platform.exit();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static String opt(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    @Override
    public void stop() {
        host.dispose();
    }

    /** The exports read the preview's window, drawing and host. */
    private final class Context implements ExportContext {
        @Override
        public Window owner() {
            return stage;
        }

        @Override
        public Node canvas() {
            return canvas.drawing();
        }

        @Override
        public Node liveView() {
            return canvas;
        }

        @Override
        public Scenario scenario() {
            return host.scenario();
        }

        @Override
        public Path scenarioFile() {
            return null;
        }

        @Override
        public RunResult lastRun() {
            return host.lastRun();
        }
    }
}
