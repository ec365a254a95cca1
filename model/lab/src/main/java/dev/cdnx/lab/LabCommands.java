package dev.cdnx.lab;

import dev.cdnx.model.cli.CommandPlugin;
import java.util.List;

/** Adds {@code lab} and {@code lab-load} to the command line when the lab is in the jar (ServiceLoader). */
public final class LabCommands implements CommandPlugin {
    @Override
    public List<Object> commands() {
        return List.of(new LabCommand(), new LabLoadCommand());
    }
}
