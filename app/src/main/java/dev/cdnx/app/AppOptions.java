package dev.cdnx.app;

import dev.cdnx.app.export.GifOptions;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.io.FileKind;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.validation.ResourceBudget;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line flags of the app:
 * {@code --open FILE}, {@code --screenshot PNG}, {@code --theme light|dark}, {@code --show PANEL},
 * {@code --export-png OUT}, {@code --export-svg OUT}, {@code --play-to SECONDS}, {@code --no-recovery},
 * {@code --size WIDTHxHEIGHT}, {@code --counters all}, {@code --force}, {@code --allow-long}, and the run's GIF:
 * {@code --export-gif FILE} with {@code --gif-seconds N} and {@code --gif-speed X} ({@link GifOptions}). Unknown or incomplete flags are an {@link IllegalArgumentException} whose
 * message is one line for the terminal. The benchmarks and demonstrations are the dev tools' flags
 * (app/devtools); a tool that drives the window marks the options {@link #driven()}.
 */
public record AppOptions(
        Path open,
        Path screenshot,
        Theme theme,
        boolean noRecovery,
        String show,
        Path exportPng,
        Path exportSvg,
        double playTo,
        int width,
        int height,
        boolean countersOnMap,
        GifOptions gif,
        boolean driven,
        boolean force,
        boolean allowLong) {

    public static final String USAGE = "usage: cdn-explorer [--open FILE] [--screenshot PNG] [--theme light|dark]"
            + " [--show metrics|decision|cost|checks|compare|trace|lessons|lab] [--export-png OUT] [--export-svg OUT]"
            + " [--play-to SECONDS] [--no-recovery] [--size WIDTHxHEIGHT] [--counters all] [--force] [--allow-long]"
            + " [--export-gif FILE [--gif-seconds N] [--gif-speed X]]";

    private static final java.util.List<String> PANELS =
            java.util.List.of("metrics", "decision", "cost", "checks", "compare", "trace", "lessons", "lab", "traffic");

    public static AppOptions parse(List<String> args) {
        Path open = null;
        Path shot = null;
        Theme theme = Theme.LIGHT;
        boolean noRecovery = false;
        String show = null;
        Path png = null;
        Path svg = null;
        double playTo = 0;
        int[] size = {1440, 900};
        boolean counters = false;
        Path gif = null;
        double gifSeconds = GifOptions.DEFAULT_SECONDS;
        double gifSpeed = 1;
        boolean gifTuned = false;
        boolean force = false;
        boolean allowLong = false;
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
                case "--no-recovery" -> noRecovery = true;
                case "--size" -> size = size(value(args, ++i, a, "a window size such as 1024x700"));
                case "--show" -> {
                    show = value(args, ++i, a, "a panel: " + String.join(", ", PANELS));
                    if (!PANELS.contains(show)) {
                        throw new IllegalArgumentException(
                                "--show takes one of " + String.join(", ", PANELS) + ", not \"" + show + "\"");
                    }
                }
                case "--export-png" -> png = Path.of(value(args, ++i, a, "a .png file to write"));
                case "--export-svg" -> svg = Path.of(value(args, ++i, a, "an .svg file to write"));
                case "--force" -> force = true;
                case "--allow-long" -> allowLong = true;
                case "--play-to" -> playTo = seconds(value(args, ++i, a, "a simulated time in seconds"), a);
                case "--counters" -> {
                    String c = value(args, ++i, a, "all");
                    if (!"all".equals(c)) {
                        throw new IllegalArgumentException(
                                "--counters takes all (every cache's figures on the map)," + " not \"" + c + "\"");
                    }
                    counters = true;
                }
                case "--export-gif" -> gif = Path.of(value(args, ++i, a, "a .gif file to write"));
                case "--gif-seconds" -> {
                    gifSeconds = seconds(value(args, ++i, a, "the GIF's length in seconds"), a);
                    gifTuned = true;
                }
                case "--gif-speed" -> {
                    gifSpeed = seconds(value(args, ++i, a, "simulated seconds per GIF second"), a);
                    gifTuned = true;
                }
                default -> throw new IllegalArgumentException("unknown option \"" + a + "\"; " + USAGE);
            }
        }
        if (gif == null && gifTuned) {
            throw new IllegalArgumentException("--gif-seconds and --gif-speed go with --export-gif FILE");
        }
        GifOptions gifOptions = gif == null ? null : GifOptions.of(gif, gifSeconds, gifSpeed);
        return new AppOptions(
                open,
                shot,
                theme,
                noRecovery,
                show,
                png,
                svg,
                playTo,
                size[0],
                size[1],
                counters,
                gifOptions,
                false,
                force,
                allowLong);
    }

    /** "1024x700": the window's size in pixels, from 800 × 600 up to 8K. */
    private static int[] size(String s) {
        String[] parts = s.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= 800 && h >= 600 && w <= 7680 && h <= 4320) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT in pixels, from 800x600 to 7680x4320, e.g. "
                + "1024x700, not \"" + s + "\"");
    }

    /**
     * Refuses, before the window opens, to replace an existing file of another kind (a scenario under the
     * screenshot's name, say) unless {@code --force}: the command line's rule for its exports. Throws the
     * one-line message.
     */
    public void checkOutputs() {
        if (force) {
            return;
        }
        String lost = firstNonNull(
                screenshot == null ? null : FileKind.PNG.wouldReplace(screenshot),
                exportPng == null ? null : FileKind.PNG.wouldReplace(exportPng),
                exportSvg == null ? null : FileKind.SVG.wouldReplace(exportSvg),
                gif == null ? null : FileKind.GIF.wouldReplace(gif.out()));
        if (lost != null) {
            throw new IllegalArgumentException(lost + "; choose another file or add --force to replace it");
        }
    }

    /**
     * Unattended {@code --play-to} of a run that takes long is refused (nobody is there to answer the
     * question) unless {@code --allow-long}: null when it may play, else the one-line message.
     */
    public String longPlayRefusal(Scenario s) {
        if (!unattended() || playTo <= 0 || allowLong) {
            return null;
        }
        double requests = ResourceBudget.estimate(s).requests();
        if (!ResourceBudget.isLong(requests)) {
            return null;
        }
        return "--play-to: " + ResourceBudget.longRun(requests, 1)
                + "; shorten the scenario's duration or add --allow-long to play it anyway";
    }

    private static String firstNonNull(String... sentences) {
        for (String s : sentences) {
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The same options for a tool that drives the window (a benchmark, a demonstration): no prompts. */
    public AppOptions drivenByATool() {
        return new AppOptions(
                open,
                screenshot,
                theme,
                noRecovery,
                show,
                exportPng,
                exportSvg,
                playTo,
                width,
                height,
                countersOnMap,
                gif,
                true,
                force,
                allowLong);
    }

    /** A positive number of seconds given to {@code flag}, or a one-line message saying what is wrong. */
    public static double seconds(String s, String flag) {
        try {
            double v = Double.parseDouble(s);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " takes a positive number of seconds, e.g. 10, not \"" + s + "\"");
    }

    /** The value after {@code flag} at {@code i}, or a one-line message saying it is missing. */
    public static String value(List<String> args, int i, String flag, String what) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs " + what);
        }
        return args.get(i);
    }

    /** Prompts (recovery, unsaved changes) are skipped when the app runs unattended. */
    public boolean unattended() {
        return screenshot != null || driven || exportPng != null || exportSvg != null || gif != null;
    }
}
