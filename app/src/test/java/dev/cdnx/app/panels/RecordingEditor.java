package dev.cdnx.app.panels;

import dev.cdnx.app.command.CommandStack;
import dev.cdnx.app.editor.commands.ChangeSettingsCommand;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A settings editor as the shell has it (each edit a command on a stack), remembering the descriptions. */
final class RecordingEditor implements SettingsEditor {

    final CommandStack stack = new CommandStack();
    final List<String> described = new ArrayList<>();
    private final ScenarioDocument doc;

    RecordingEditor(ScenarioDocument doc) {
        this.doc = doc;
    }

    @Override
    public void edit(String description, Consumer<Scenario> change) {
        described.add(description);
        stack.execute(new ChangeSettingsCommand(doc, description, change));
    }
}
