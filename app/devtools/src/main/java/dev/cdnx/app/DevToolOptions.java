package dev.cdnx.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The dev tools' own flags, {@code --bench-editor SECONDS}, {@code --bench-editor-json SECONDS},
 * {@code --bench-animation SECONDS} and {@code --demo}; every other flag is the app's ({@link AppOptions}),
 * so a benchmark or a demonstration opens the window the user would get with the same flags.
 */
record DevToolOptions(
        double benchEditor,
        boolean benchJson,
        double benchAnimation,
        boolean demo,
        String demoAgainst,
        AppOptions app) {

    static final String USAGE = "usage: devtools [--bench-editor SECONDS | --bench-editor-json SECONDS"
            + " | --bench-animation SECONDS | --show compare|lab --demo --screenshot PNG | --show compare --demo-against SAMPLE] [app options]";

    static DevToolOptions parse(List<String> args) {
        double benchEditor = 0;
        boolean json = false;
        double benchAnimation = 0;
        boolean demo = false;
        String against = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bench-editor" ->
                    benchEditor = AppOptions.seconds(AppOptions.value(args, ++i, a, "a number of seconds"), a);
                case "--bench-editor-json" -> {
                    benchEditor = AppOptions.seconds(AppOptions.value(args, ++i, a, "a number of seconds"), a);
                    json = true;
                }
                case "--bench-animation" ->
                    benchAnimation = AppOptions.seconds(AppOptions.value(args, ++i, a, "a number of seconds"), a);
                case "--demo" -> demo = true;
                case "--demo-against" -> {
                    against = AppOptions.value(args, ++i, a, "a sample name, e.g. viral-no-shield");
                    demo = true;
                }
                default -> rest.add(a);
            }
        }
        AppOptions app = AppOptions.parse(rest);
        if (demo && !("compare".equals(app.show()) || "lab".equals(app.show()) || "cost".equals(app.show()))) {
            throw new IllegalArgumentException("--demo goes with --show compare, --show lab or --show cost");
        }
        if (benchEditor == 0 && benchAnimation == 0 && !demo) {
            throw new IllegalArgumentException("nothing to do; " + USAGE);
        }
        return new DevToolOptions(benchEditor, json, benchAnimation, demo, against, app.drivenByATool());
    }
}
