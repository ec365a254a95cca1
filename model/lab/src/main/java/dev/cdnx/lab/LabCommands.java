package dev.cdnx.lab;

import java.util.List;

import dev.cdnx.model.cli.CommandPlugin;

/** Adds {@code lab} and {@code lab-load} to the command line when the lab is in the jar (ServiceLoader). */
public final class LabCommands implements CommandPlugin {
    @Override
    public List<Object> commands() {
        return List.of(new LabCommand(), new LabLoadCommand());
    }
}
