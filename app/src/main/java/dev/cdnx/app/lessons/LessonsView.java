package dev.cdnx.app.lessons;

import dev.cdnx.model.lessons.Lesson;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The lesson browser: the list of lessons (story, title, summary) and, once one is open, its steps one at
 * a time — instruction, live checks (✓ or "not yet: found X"), "Show me", the notice once the step holds,
 * the lesson's terms as glossary links, back/next and progress. Nodes are found by id in tests:
 * {@code lessons-list}, {@code lessons-open}, {@code lesson-show-me}, {@code lesson-next}, {@code lesson-back},
 * {@code lesson-close}, {@code lesson-check-N}, {@code lesson-notice}, {@code lesson-complete}.
 */
public final class LessonsView extends StackPane {

    private final LessonsViewModel vm;

    public LessonsView(LessonsViewModel vm) {
        this.vm = vm;
        setId("lessons");
        Node list = listPage();
        Node lesson = lessonPage();
        list.visibleProperty().bind(vm.lessonProperty().isNull());
        lesson.visibleProperty().bind(vm.lessonProperty().isNotNull());
        getChildren().addAll(list, lesson);
    }

    private Node listPage() {
        ListView<Lesson> list = new ListView<>(vm.lessons());
        list.setId("lessons-list");
        list.getStyleClass().add(LessonStyles.LIST);
        list.setCellFactory(v -> new LessonCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button("Start lesson");
        open.setId("lessons-open");
        open.setDefaultButton(false);
        open.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label("Each lesson opens its sample scenario and walks you through it.");
        hint.getStyleClass().add(LessonStyles.SUMMARY);
        hint.setWrapText(true);
        HBox bar = new HBox(8, hint, spacer(), open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane page = new BorderPane(list);
        page.setBottom(bar);
        return page;
    }

    private Node lessonPage() {
        Button close = new Button("‹ All lessons");
        close.setId("lesson-close");
        close.setOnAction(e -> vm.close());
        Label story = new Label();
        story.getStyleClass().add(LessonStyles.STORY);
        story.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> storyText(vm.lessonProperty().get()), vm.lessonProperty()));
        Label title = new Label();
        title.setId("lesson-title");
        title.getStyleClass().add(LessonStyles.TITLE);
        title.setWrapText(true);
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.lessonProperty().get() == null
                                ? ""
                                : vm.lessonProperty().get().title(),
                        vm.lessonProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("lesson-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label stepLabel = new Label();
        stepLabel.setId("lesson-step-label");
        stepLabel.textProperty().bind(vm.stepLabelProperty());
        HBox progressRow = new HBox(8, stepLabel, progress);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Label instruction = new Label();
        instruction.setId("lesson-instruction");
        instruction.getStyleClass().add(LessonStyles.INSTRUCTION);
        instruction.setWrapText(true);
        instruction
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.stepProperty().get() == null
                                ? ""
                                : vm.stepProperty().get().instruction(),
                        vm.stepProperty()));

        VBox checks = new VBox(2);
        checks.setId("lesson-checks");
        vm.checks().addListener((ListChangeListener<CheckLine>) c -> fillChecks(checks));

        Button showMe = new Button("Show me");
        showMe.setId("lesson-show-me");
        showMe.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isNull()));
        showMe.setOnAction(e -> vm.showMe());
        showMe.setTooltip(new javafx.scene.control.Tooltip("Do this step for me"));
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(vm.busyProperty());
        Label busyText = new Label("running to the end…");
        busyText.visibleProperty().bind(vm.busyProperty());
        HBox actionRow = new HBox(8, showMe, running, busyText);
        actionRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("lesson-message");
        message.getStyleClass().add(LessonStyles.MESSAGE);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        bindShown(message, vm.messageProperty().isNotEmpty());

        Label notice = new Label();
        notice.setId("lesson-notice");
        notice.getStyleClass().add(LessonStyles.NOTICE);
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.stepProperty().get() == null
                                ? ""
                                : "Notice: " + vm.stepProperty().get().notice(),
                        vm.stepProperty()));
        bindShown(notice, vm.stepMetProperty());

        Label complete = new Label("✓ Lesson complete. Try the interview cards, or pick another lesson.");
        complete.setId("lesson-complete");
        complete.getStyleClass().add(LessonStyles.COMPLETE);
        complete.setWrapText(true);
        complete.setMaxWidth(Double.MAX_VALUE);
        bindShown(complete, vm.completeProperty());

        FlowPane terms = new FlowPane(2, 2);
        terms.setId("lesson-terms");
        vm.lessonProperty().addListener((o, a, l) -> fillTerms(terms, l));

        Button back = new Button("Back");
        back.setId("lesson-back");
        back.disableProperty().bind(vm.canBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button("Next");
        next.setId("lesson-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.canNextProperty().not());
        next.setOnAction(e -> vm.next());
        HBox nav = new HBox(8, back, spacer(), next);

        VBox body = new VBox(10, instruction, checks, actionRow, message, notice, complete, terms);
        body.getStyleClass().add(LessonStyles.LESSON);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox header = new VBox(6, close, story, title, progressRow);
        header.setPadding(new Insets(10, 12, 0, 12));
        nav.setPadding(new Insets(8, 12, 10, 12));
        BorderPane page = new BorderPane(scroll);
        page.setTop(header);
        page.setBottom(nav);
        return page;
    }

    private void fillChecks(VBox box) {
        box.getChildren().clear();
        int i = 0;
        for (CheckLine line : vm.checks()) {
            Label status = new Label(line.status());
            status.setId("lesson-check-" + i);
            status.getStyleClass().add("lesson-check-status");
            status.setMinWidth(Region.USE_PREF_SIZE);
            Label wanted = new Label(line.wanted());
            wanted.getStyleClass().add("lesson-check-wanted");
            wanted.setWrapText(true);
            HBox row = new HBox(8, status, wanted);
            row.getStyleClass()
                    .addAll(LessonStyles.CHECK, line.met() ? LessonStyles.CHECK_MET : LessonStyles.CHECK_OPEN);
            box.getChildren().add(row);
            i++;
        }
    }

    private void fillTerms(FlowPane terms, Lesson l) {
        terms.getChildren().clear();
        if (l == null || l.glossary() == null || l.glossary().isEmpty()) {
            return;
        }
        terms.getChildren().add(new Label("Terms:"));
        for (String t : l.glossary()) {
            Hyperlink link = new Hyperlink(t);
            link.getStyleClass().add(LessonStyles.TERM);
            link.setTooltip(Glossary.tooltip(t));
            link.setOnAction(e -> vm.showTerm(t));
            terms.getChildren().add(link);
        }
    }

    static String storyText(Lesson l) {
        if (l == null) {
            return "";
        }
        return l.story() == 0 ? "INTRODUCTION" : "STORY " + l.story();
    }

    private static void bindShown(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A lesson in the list: story number, title and summary. */
    private static final class LessonCell extends ListCell<Lesson> {
        private final Label story = new Label();
        private final Label title = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, story, title, summary);

        LessonCell() {
            story.getStyleClass().add(LessonStyles.STORY);
            title.getStyleClass().add(LessonStyles.TITLE);
            summary.getStyleClass().add(LessonStyles.SUMMARY);
            summary.setWrapText(true);
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Lesson l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            story.setText(storyText(l) + " · " + l.steps().size() + (l.steps().size() == 1 ? " step" : " steps"));
            title.setText(l.title());
            summary.setText(l.summary());
            setGraphic(box);
        }
    }

    public LessonsViewModel viewModel() {
        return vm;
    }
}
