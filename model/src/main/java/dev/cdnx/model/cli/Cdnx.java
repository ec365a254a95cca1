package dev.cdnx.model.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line, {@code java -jar model/target/cdnx.jar}. Each subcommand is its own class;
 * exit codes are 0 for success, 1 when the input is invalid or a check fails, 2 for a usage error.
 */
@Command(
        name = "cdnx",
        mixinStandardHelpOptions = true,
        versionProvider = Cdnx.Version.class,
        description = "CDN Explorer on the command line: validate, simulate, replay, sweep, report.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            SimulateCommand.class,
            SweepCommand.class,
            ConformanceCommand.class,
            ReportCommand.class,
            ReplayCommand.class,
            GenTraceCommand.class,
            FmtCommand.class,
            BenchCommand.class,
            ImportCommand.class,
        })
public final class Cdnx implements Runnable {

    /** Exit code for a usage error (unknown flag, missing argument). */
    public static final int EXIT_USAGE = 2;
    /** Exit code when an input is invalid or a check fails. */
    public static final int EXIT_INVALID = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        if (QuickHelp.answer(args, System.out)) {
            System.exit(0);
        }
        System.exit(execute(args));
    }

    /** Runs the command line without exiting; tests call this. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Cdnx());
        for (CommandPlugin plugin : java.util.ServiceLoader.load(CommandPlugin.class)) {
            plugin.commands().forEach(cli::addSubcommand);
        }
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("cdnx: " + ex.getMessage());
            ex.getCommandLine()
                    .getErr()
                    .println("Try 'cdnx " + ex.getCommandLine().getCommandName() + " --help'.");
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }

    /** Prints one line instead of a stack trace for anything a subcommand did not handle itself. */
    static final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cmd.getErr().println("cdnx " + cmd.getCommandName() + ": " + message);
            if (ex instanceof UsageException) {
                return EXIT_USAGE;
            }
            return EXIT_INVALID;
        }
    }

    /** Thrown by a subcommand for a bad combination of flags that picocli cannot see. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cdnx.class.getPackage().getImplementationVersion();
            return new String[] {"cdnx " + (v == null ? "development build" : v)};
        }
    }
}
