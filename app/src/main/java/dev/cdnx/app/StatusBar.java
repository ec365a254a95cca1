package dev.cdnx.app;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.problem.Problem;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom: the last message, counts, problems, zoom. Later work adds run figures. */
final class StatusBar extends HBox {

    StatusBar(EditorViewModel vm) {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.statusProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(vm.countsProperty());
        Label problems = new Label();
        problems.setId("status-problems");
        problems.getStyleClass().add(Styles.STATUS_PROBLEMS);
        Runnable reproblem = () -> {
            long errors = vm.problems().stream().filter(Problem::isError).count();
            long warnings = vm.problems().size() - errors;
            problems.setText(errors + " errors · " + warnings + " warnings");
            problems.getStyleClass().remove(Styles.HAS_ERRORS);
            if (errors > 0) {
                problems.getStyleClass().add(Styles.HAS_ERRORS);
            }
        };
        vm.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> reproblem.run());
        reproblem.run();
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty()
                .bind(Bindings.format(
                        "zoom %.0f %%", vm.viewport().scaleProperty().multiply(100)));
        getChildren().addAll(message, grow, counts, problems, zoom);
    }
}
