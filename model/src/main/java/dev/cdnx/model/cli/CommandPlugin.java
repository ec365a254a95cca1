package dev.cdnx.model.cli;

import java.util.List;

/**
 * Subcommands that live outside the model module (the live lab and its server library), found with
 * {@link java.util.ServiceLoader} when the command line starts. The model never links to them, so the
 * engine stays light; a build without the lab simply lists fewer subcommands.
 */
public interface CommandPlugin {

    /** New picocli command objects (annotated with {@code @Command}), one per subcommand. */
    List<Object> commands();
}
