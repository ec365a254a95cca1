package dev.cdnx.app;

import dev.cdnx.app.editor.commands.ChangeSettingsCommand;
import dev.cdnx.app.lessons.LessonHost;
import dev.cdnx.app.lessons.StoryPace;
import dev.cdnx.model.io.ScenarioException;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/**
 * What lessons ask of the main window: play the run to its end, change a setting (an undoable edit like
 * any other), switch the delivery model, open a panel, and point at something.
 */
final class WorkbenchLessonHost implements LessonHost {

    private final Workbench bench;

    WorkbenchLessonHost(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void runToEnd() {
        StoryPace.play(bench.run());
    }

    @Override
    public void setField(String path, String value) {
        Scenario next;
        try {
            next = ScenarioOverrides.apply(bench.editor().scenario(), List.of(path + "=" + value));
        } catch (ScenarioException e) {
            bench.editor().info(e.getMessage());
            return;
        }
        bench.editor()
                .run(new ChangeSettingsCommand(
                        bench.editor().document(),
                        "Set " + path + " to " + value,
                        s -> ChangeSettingsCommand.copySettings(next, s)));
    }

    @Override
    public void setModel(String model) {
        DeliveryModel m = DeliveryModel.fromId(model);
        if (bench.editor().scenario().delivery.model != m) {
            bench.editor()
                    .run(new ChangeSettingsCommand(
                            bench.editor().document(), "Delivery model " + m.label(), s -> s.delivery.model = m));
        }
    }

    @Override
    public void openPanel(String name) {
        bench.openPanel(name);
    }

    @Override
    public void highlight(String kind, String target) {
        if (kind == null) {
            return;
        }
        switch (kind) {
            case "node" -> {
                var n = bench.editor().scenario().node(target);
                if (n != null) {
                    bench.editor().selection().set(List.of(n));
                    bench.camera().frame(List.of(n.name));
                }
            }
            case "chart" -> bench.openPanel("metrics");
            case "costTerm" -> bench.openPanel("cost");
            case "check" -> bench.openPanel("checks");
            default -> bench.editor().info("Look at the " + target);
        }
    }
}
