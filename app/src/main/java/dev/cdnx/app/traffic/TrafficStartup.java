package dev.cdnx.app.traffic;

import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The start-up options of the Traffic panel, taken out of the command line before the app's own options
 * are read: {@code --import LOG} previews a log in the Traffic tab, and {@code --import-step summary}
 * or {@code --import-step compare} goes on to import it, or to import and replay it on the drawing
 * (for unattended pictures of each stage).
 */
public record TrafficStartup(List<String> rest, Path log, Step step) {

    /** How far to take the log. */
    public enum Step {
        PREVIEW,
        SUMMARY,
        COMPARE
    }

    /**
     * Splits {@code args} into the Traffic options and the rest.
     *
     * @throws IllegalArgumentException with one line naming the option and what it takes
     */
    public static TrafficStartup extract(List<String> args) {
        List<String> rest = new ArrayList<>();
        Path log = null;
        Step step = Step.PREVIEW;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--import") || a.equals("--import-step")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(
                            a + " needs " + (a.equals("--import") ? "a log file" : "preview, summary or compare"));
                }
                String v = args.get(++i);
                if (a.equals("--import")) {
                    log = Path.of(v);
                } else {
                    try {
                        step = Step.valueOf(v.toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                "--import-step takes preview, summary or compare, not \"" + v + "\"");
                    }
                }
            } else {
                rest.add(a);
            }
        }
        return new TrafficStartup(rest, log, step);
    }

    /** Opens the log (if any) and takes it to the chosen step as each earlier one finishes. */
    public void drive(TrafficViewModel vm, Supplier<Scenario> drawing, java.util.function.Consumer<Path> open) {
        if (log == null) {
            return;
        }
        vm.phaseProperty().addListener((o, was, now) -> {
            if (now == TrafficViewModel.Phase.PREVIEW && was == TrafficViewModel.Phase.PREVIEW) {
                return;
            }
            if (step != Step.PREVIEW
                    && now == TrafficViewModel.Phase.PREVIEW
                    && !vm.preview().isEmpty()) {
                vm.startImport();
            } else if (step == Step.COMPARE && now == TrafficViewModel.Phase.IMPORTED) {
                vm.runOn(drawing.get());
            }
        });
        vm.preview().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (step != Step.PREVIEW
                    && !vm.preview().isEmpty()
                    && vm.phaseProperty().get() == TrafficViewModel.Phase.PREVIEW) {
                vm.startImport();
            }
        });
        open.accept(log);
    }

    /** Whether the panel has reached the chosen step (or failed), so a picture can be taken. */
    public boolean reached(TrafficViewModel vm) {
        if (log == null) {
            return true;
        }
        TrafficViewModel.Phase p = vm.phaseProperty().get();
        return p == TrafficViewModel.Phase.FAILED
                || switch (step) {
                    case PREVIEW ->
                        p == TrafficViewModel.Phase.PREVIEW && !vm.preview().isEmpty();
                    case SUMMARY -> p == TrafficViewModel.Phase.IMPORTED;
                    case COMPARE -> p == TrafficViewModel.Phase.COMPARED;
                };
    }
}
