package dev.cdnx.app;

import dev.cdnx.app.action.Action;
import dev.cdnx.app.export.ExportActions;
import dev.cdnx.app.run.RunViewModel;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/** Fills the Run, Lessons and Help menus and File → Export with the Workbench's actions. */
final class WorkbenchMenus {

    private WorkbenchMenus() {}

    static void install(
            MenuBar bar, Workbench bench, ExportActions exports, Supplier<Window> owner, Consumer<String> openLink) {
        Menu run = menu(bar, "menu-run");
        RunViewModel vm = bench.run();
        Action play = new Action("Play / Pause", "mdi2p-play-pause", null, vm::togglePlay)
                .withText(Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        Action stepRequest = new Action("Step One Request", "mdi2s-step-forward", "Shortcut+Period", vm::stepRequest);
        Action stepEvent = new Action("Step One Event", "mdi2s-step-forward-2", "Shortcut+Shift+Period", vm::stepEvent);
        Action reset = new Action("Reset to t = 0", "mdi2r-restart", "Shortcut+R", vm::reset);
        Action follow = new Action("Follow the Next Request", "mdi2t-target", "Shortcut+Shift+F", () -> {
            vm.followNextRequest();
            bench.openPanel("trace");
        });
        Action fast = new Action("Run to the End", "mdi2f-fast-forward", "Shortcut+E", () -> {
            vm.speedProperty().set(RunViewModel.MAX_SPEED);
            vm.play();
        });
        Action back = new Action(
                "Jump Back 10 s",
                "mdi2r-rewind-10",
                "Shortcut+Open Bracket",
                reported(() -> vm.seek(vm.simTimeProperty().get() - 10)));
        Action ahead = new Action(
                "Jump Ahead 10 s",
                "mdi2f-fast-forward-10",
                "Shortcut+Close Bracket",
                reported(() -> vm.seek(vm.simTimeProperty().get() + 10)));
        Action nextEvent = new Action(
                "Next Event",
                "mdi2s-skip-next-circle-outline",
                "Shortcut+Shift+Close Bracket",
                () -> vm.timeline().next());
        Action previousEvent = new Action(
                "Previous Event",
                "mdi2s-skip-previous-circle-outline",
                "Shortcut+Shift+Open Bracket",
                () -> vm.timeline().previous());
        CheckMenuItem slow = new CheckMenuItem("Slow Down Near Events");
        slow.setId("menu-run-slow-near-events");
        slow.selectedProperty().bindBidirectional(vm.timeline().slowNearEventsProperty());
        CheckMenuItem fps = new CheckMenuItem("Show Frame and Event Rates");
        fps.selectedProperty().bindBidirectional(vm.fpsOverlayProperty());
        Action startLab = new Action("Start Live Lab", "mdi2s-server-network", null, bench::startLab);
        Action stopLab = new Action("Stop Live Lab", "mdi2s-server-off", null, bench.lab()::stop);
        run.getItems()
                .addAll(
                        play.menuItem(),
                        stepRequest.menuItem(),
                        stepEvent.menuItem(),
                        fast.menuItem(),
                        back.menuItem(),
                        ahead.menuItem(),
                        reset.menuItem(),
                        new SeparatorMenuItem(),
                        previousEvent.menuItem(),
                        nextEvent.menuItem(),
                        slow,
                        new SeparatorMenuItem(),
                        follow.menuItem(),
                        fps,
                        new SeparatorMenuItem(),
                        startLab.menuItem(),
                        stopLab.menuItem());

        CheckMenuItem counters = new CheckMenuItem("Node Counters on the Map");
        counters.setId("menu-node-counters");
        counters.selectedProperty().bindBidirectional(vm.countersOnMapProperty());
        menu(bar, "menu-view").getItems().add(counters);
        Menu lessons = menu(bar, "menu-lessons");
        // Shortcut+L is the editor's auto-layout.
        MenuItem browse = new Action("Lessons…", "mdi2s-school-outline", "Shortcut+Shift+L", () -> {
                    bench.lessonsPanel().showLessons();
                    bench.openPanel("lessons");
                })
                .menuItem();
        MenuItem cards = new MenuItem("Interview Cards…");
        cards.setOnAction(e -> {
            bench.lessonsPanel().showInterviewCards();
            bench.openPanel("lessons");
        });
        MenuItem glossary = new MenuItem("Glossary…");
        glossary.setOnAction(e -> {
            bench.lessonsPanel().showGlossary(null);
            bench.openPanel("lessons");
        });
        lessons.getItems().addAll(browse, cards, glossary);

        Menu file = menu(bar, "menu-file");
        Menu export = new Menu("Export");
        export.setId("menu-export");
        export.getItems()
                .addAll(
                        item("Canvas as PNG…", exports::exportPng),
                        item("Canvas as PNG, Transparent…", () -> exports.exportPng(true)),
                        item("Canvas as PNG with Legend and Minimap…", exports::exportPngWithKeys),
                        item("Canvas as SVG…", reported(exports::exportSvg)),
                        item("Run as CSV…", reported(exports::exportCsv)),
                        item("Report (HTML or Markdown)…", reported(exports::exportReport)),
                        item("Animated GIF of the Live Run…", reported(exports::exportGif)));
        int before = file.getItems().size() - 2;
        file.getItems().add(Math.max(0, before), export);
        MenuItem importTraffic = item("Import Traffic…", () -> {
            java.nio.file.Path log = dev.cdnx.app.traffic.TrafficFiles.choose(owner.get());
            if (log != null) {
                bench.importTraffic(log);
            }
        });
        importTraffic.setId("menu-import-traffic");
        file.getItems().add(Math.max(0, before), importTraffic);

        Menu help = menu(bar, "menu-help");
        help.getItems().add(item("About CDN Explorer", () -> AboutDialog.show(owner.get(), openLink)));
    }

    /**
     * A menu action whose work finishes later: the work shows its own outcome (the status bar, the run's
     * clock), so the menu has nothing to wait for.
     */
    private static Runnable reported(java.util.function.Supplier<? extends java.util.concurrent.Future<?>> work) {
        return () -> {
            var unused = work.get();
        };
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Menu menu(MenuBar bar, String id) {
        for (Menu m : bar.getMenus()) {
            if (id.equals(m.getId())) {
                return m;
            }
        }
        throw new IllegalStateException("the menu bar has no " + id);
    }
}
