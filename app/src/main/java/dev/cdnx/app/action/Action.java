package dev.cdnx.app.action;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A command of the user interface (menu item, toolbar button, context-menu entry) with its text, icon,
 * shortcut and an {@code executable} condition bound to the state: controls made from an action are
 * disabled by that binding, never by hand.
 */
public final class Action {

    private final String text;
    private final String icon;
    private final KeyCombination accelerator;
    private final BooleanExpression executable;
    private final Runnable run;
    private ObservableStringValue dynamicText;
    private String help;

    public Action(String text, String icon, String accelerator, BooleanExpression executable, Runnable run) {
        this.text = text;
        this.icon = icon;
        this.accelerator = accelerator == null ? null : KeyCombination.valueOf(accelerator);
        this.executable = executable == null ? new ReadOnlyBooleanWrapper(true) : executable;
        this.run = run;
    }

    public Action(String text, String icon, String accelerator, Runnable run) {
        this(text, icon, accelerator, null, run);
    }

    /** The menu text follows this value (e.g. "Undo Move 3 nodes"). */
    public Action withText(ObservableStringValue value) {
        this.dynamicText = value;
        return this;
    }

    /** A longer explanation for tooltips. */
    public Action withHelp(String value) {
        this.help = value;
        return this;
    }

    public String text() {
        return text;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public void run() {
        if (executable.get()) {
            run.run();
        }
    }

    public MenuItem menuItem() {
        MenuItem m = new MenuItem(text);
        if (dynamicText != null) {
            m.textProperty().bind(dynamicText);
        }
        if (icon != null) {
            m.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        m.disableProperty().bind(executable.not());
        m.setOnAction(e -> {
            if (!TextShortcuts.sendToFocusedText(accelerator)) {
                run();
            }
        });
        return m;
    }

    public Button button(String id) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        String tip = text
                + (accelerator == null ? "" : "  (" + accelerator.getDisplayText() + ")")
                + (help == null ? "" : "\n" + help);
        b.setTooltip(new Tooltip(tip));
        // An icon-only button has no text for a screen reader to say: give it the action's name and help.
        b.setAccessibleText(text);
        if (help != null) {
            b.setAccessibleHelp(help);
        }
        b.disableProperty().bind(executable.not());
        b.setOnAction(e -> run());
        b.setFocusTraversable(false);
        return b;
    }
}
