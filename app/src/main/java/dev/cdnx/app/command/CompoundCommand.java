package dev.cdnx.app.command;

import java.util.ArrayList;
import java.util.List;

/** Several commands as one undo step: executed in order, undone in reverse order. */
public final class CompoundCommand implements Command {

    private final String description;
    private final List<Command> parts;

    public CompoundCommand(String description, List<? extends Command> parts) {
        this.description = description;
        this.parts = new ArrayList<>(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Executable when it has at least one part that is. */
    @Override
    public boolean isExecutable() {
        return parts.stream().anyMatch(Command::isExecutable);
    }

    public List<Command> parts() {
        return List.copyOf(parts);
    }

    @Override
    public void execute() {
        for (Command c : parts) {
            c.execute();
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
