package dev.cdnx.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The dev tools' own flags, {@code --bench-editor SECONDS}, {@code --bench-editor-json SECONDS},
 * {@code --bench-animation SECONDS} and {@code --demo}; every other flag is the app's ({@link AppOptions}),
 * so a benchmark or a demonstration opens the window the user would get with the same flags.
 */
record DevToolOptions(double benchEditor, boolean benchJson, double benchAnimation, boolean demo, AppOptions app) {

    static final String USAGE = "usage: devtools [--bench-editor SECONDS | --bench-editor-json SECONDS"
            + " | --bench-animation SECONDS | --show compare|lab --demo --screenshot PNG] [app options]";

    static DevToolOptions parse(List<String> args) {
        double benchEditor = 0;
        boolean json = false;
        double benchAnimation = 0;
        boolean demo = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bench-editor" -> benchEditor = AppOptions.seconds(AppOptions.value(args, ++i, a,
                        "a number of seconds"), a);
                case "--bench-editor-json" -> {
                    benchEditor = AppOptions.seconds(AppOptions.value(args, ++i, a, "a number of seconds"), a);
                    json = true;
                }
                case "--bench-animation" -> benchAnimation = AppOptions.seconds(AppOptions.value(args, ++i, a,
                        "a number of seconds"), a);
                case "--demo" -> demo = true;
                default -> rest.add(a);
            }
        }
        AppOptions app = AppOptions.parse(rest);
        if (demo && !("compare".equals(app.show()) || "lab".equals(app.show()))) {
            throw new IllegalArgumentException("--demo goes with --show compare or --show lab");
        }
        if (benchEditor == 0 && benchAnimation == 0 && !demo) {
            throw new IllegalArgumentException("nothing to do; " + USAGE);
        }
        return new DevToolOptions(benchEditor, json, benchAnimation, demo, app.drivenByATool());
    }
}
