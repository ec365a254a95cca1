package dev.cdnx.app;

import dev.cdnx.app.theme.Theme;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line flags of the app:
 * {@code --open FILE}, {@code --screenshot PNG}, {@code --theme light|dark},
 * {@code --bench-editor SECONDS}, {@code --no-recovery}. Unknown or incomplete flags are an
 * {@link IllegalArgumentException} whose message is one line for the terminal.
 */
public record AppOptions(Path open, Path screenshot, Theme theme, double benchSeconds, boolean noRecovery) {

    public static final String USAGE = "usage: cdn-explorer [--open FILE] [--screenshot PNG] [--theme light|dark]"
            + " [--bench-editor SECONDS] [--no-recovery]";

    public static AppOptions parse(List<String> args) {
        Path open = null;
        Path shot = null;
        Theme theme = Theme.LIGHT;
        double bench = 0;
        boolean noRecovery = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--open" -> open = Path.of(value(args, ++i, a, "a scenario file"));
                case "--screenshot" -> shot = Path.of(value(args, ++i, a, "a .png file to write"));
                case "--theme" -> {
                    String t = value(args, ++i, a, "light or dark");
                    try {
                        theme = Theme.parse(t);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--theme takes light or dark, not \"" + t + "\"");
                    }
                }
                case "--bench-editor" -> {
                    String s = value(args, ++i, a, "a number of seconds");
                    try {
                        bench = Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--bench-editor takes seconds, e.g. 10, not \"" + s + "\"");
                    }
                    if (bench <= 0) {
                        throw new IllegalArgumentException("--bench-editor takes a positive number of seconds");
                    }
                }
                case "--no-recovery" -> noRecovery = true;
                default -> throw new IllegalArgumentException("unknown option \"" + a + "\"; " + USAGE);
            }
        }
        return new AppOptions(open, shot, theme, bench, noRecovery);
    }

    private static String value(List<String> args, int i, String flag, String what) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs " + what);
        }
        return args.get(i);
    }

    /** Prompts (recovery, unsaved changes) are skipped when the app runs unattended. */
    public boolean unattended() {
        return screenshot != null || benchSeconds > 0;
    }
}
