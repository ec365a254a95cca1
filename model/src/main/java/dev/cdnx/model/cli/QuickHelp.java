package dev.cdnx.model.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * {@code cdnx --help} (and {@code cdnx} alone) without picocli: the build renders the top-level usage once
 * (this class's {@link #main}, run by model/pom.xml before the jar is made) and the launcher prints that
 * text. Building picocli's model of every subcommand took most of the half second {@code --help} used to
 * take: picocli's classes are Java 5 class files, which the class-data-sharing archive cannot hold and
 * the old verifier checks slowly. A build with command plugins (the lab) lists more subcommands than the
 * rendered text, so it takes the full path.
 */
final class QuickHelp {

    /** Where the build puts the rendered usage, beside this class. */
    static final String RESOURCE = "cdnx-help.txt";

    private static final String PLUGINS = "META-INF/services/" + CommandPlugin.class.getName();

    private QuickHelp() {}

    /**
     * Prints the rendered usage when {@code args} only ask for it and it matches this build.
     *
     * @return true when it printed the usage (the command is done, exit code 0)
     */
    static boolean answer(String[] args, PrintStream out) {
        if (!asksForUsage(args) || QuickHelp.class.getClassLoader().getResource(PLUGINS) != null) {
            return false;
        }
        String text = rendered();
        if (text == null) {
            return false;
        }
        out.print(text);
        out.flush();
        return true;
    }

    static boolean asksForUsage(String[] args) {
        return args.length == 0 || (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")));
    }

    /** The usage the build rendered, or null when this build has none (e.g. classes compiled by an IDE). */
    static String rendered() {
        try (InputStream in = QuickHelp.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The usage as picocli renders it for the model's own subcommands, without colours. */
    static String render() {
        return new CommandLine(new Cdnx()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** Build step: writes {@link #render()} to the file named by the one argument. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }
}
