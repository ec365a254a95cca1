package dev.cdnx.app.lessons;

import dev.cdnx.model.lessons.Lessons;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The glossary: a filter, the terms, and the selected term's definition with links to related terms. */
public final class GlossaryView extends VBox {

    private final GlossaryViewModel vm;

    public GlossaryView(GlossaryViewModel vm) {
        this.vm = vm;
        getStyleClass().add(LessonStyles.GLOSSARY);
        setId("glossary");

        TextField filter = new TextField();
        filter.setId("glossary-filter");
        filter.setPromptText("Find a term");
        filter.textProperty().bindBidirectional(vm.filterProperty());

        ListView<Lessons.GlossaryEntry> list = new ListView<>(vm.entries());
        list.setId("glossary-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lessons.GlossaryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.term());
                setTooltip(empty || e == null ? null : Glossary.tooltip(e.term()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });

        Label term = new Label();
        term.getStyleClass().add(LessonStyles.TITLE);
        Label definition = new Label();
        definition.setId("glossary-definition");
        definition.getStyleClass().add(LessonStyles.DEFINITION);
        definition.setWrapText(true);
        FlowPane seeAlso = new FlowPane(4, 2);
        VBox detail = new VBox(4, term, definition, seeAlso);
        detail.setPadding(new Insets(4, 0, 0, 0));
        vm.selectedProperty().addListener((o, a, e) -> {
            term.setText(e == null ? "" : e.term());
            definition.setText(e == null ? "" : e.definition());
            seeAlso.getChildren().clear();
            if (e != null && e.seeAlso() != null && !e.seeAlso().isEmpty()) {
                seeAlso.getChildren().add(new Label("See also:"));
                for (String s : e.seeAlso()) {
                    Hyperlink h = new Hyperlink(s);
                    h.setOnAction(ev -> vm.select(s));
                    seeAlso.getChildren().add(h);
                }
            }
            if (e != null && !Objects.equals(list.getSelectionModel().getSelectedItem(), e)) {
                list.getSelectionModel().select(e);
                list.scrollTo(e);
            }
        });
        getChildren().addAll(filter, list, detail);
    }

    public GlossaryViewModel viewModel() {
        return vm;
    }
}
