package app.obzvon.ui.scripteditor;

import app.obzvon.call.Outcome;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;

import static app.obzvon.ui.common.Converters.named;

/**
 * The form for the selected step: title, key, text, suggested outcome, and the prospect's answers,
 * each with the step it leads to.
 */
public final class StepEditor {

    private final ScriptEditorViewModel model;
    private final I18n i18n;
    private final Function<String, String> outcomeName;
    private final ListChangeListener<AnswerDraft> answersChanged = change -> {
        if (structural(change)) {
            showAnswers();
        }
    };

    @FXML private Parent root;
    @FXML private VBox form;
    @FXML private TextField titleField;
    @FXML private TextField keyField;
    @FXML private TextArea stepTextArea;
    @FXML private ComboBox<Optional<String>> outcomeBox;
    @FXML private Label answersHint;
    @FXML private Button addAnswerButton;
    @FXML private VBox answersBox;

    private StepDraft step;
    // Filling the form for another step must not write into that step.
    private boolean showing;

    private StepEditor(ScriptEditorViewModel model, I18n i18n, Function<String, String> outcomeName) {
        this.model = model;
        this.i18n = i18n;
        this.outcomeName = outcomeName;
    }

    static StepEditor load(ScriptEditorViewModel model, I18n i18n, Function<String, String> outcomeName) {
        var editor = new StepEditor(model, i18n, outcomeName);
        new FxmlLoaderFactory(i18n).load(StepEditor.class, "step-editor.fxml", () -> editor);
        return editor;
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var draft = model.draft();
        // Each answer's choice of steps is a copy made with its row, so a step added, moved or deleted
        // cannot make a combo box pick another step by itself; the rows are made anew instead.
        ListChangeListener<StepDraft> stepsChanged = change -> {
            if (structural(change)) {
                showAnswers();
            }
        };
        draft.steps().addListener(stepsChanged);
        draft.objections().addListener(stepsChanged);

        keyField.setOnAction(e -> commitKey());
        keyField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitKey();
            }
        });
        outcomeBox.setConverter(named(code -> code == null || code.isEmpty()
                ? i18n.get("scripteditor.outcome.none") : outcomeName.apply(code.get())));
        model.outcomes().addListener((ListChangeListener<Outcome>) change -> fillOutcomes());
        fillOutcomes();
        outcomeBox.valueProperty().addListener((obs, old, value) -> {
            if (!showing && step != null && value != null) {
                step.outcomeProperty().set(value.orElse(null));
            }
        });
        model.stepProperty().addListener((obs, old, selected) -> show(selected));
        show(model.stepProperty().get());
    }

    private void fillOutcomes() {
        var items = new ArrayList<Optional<String>>();
        items.add(Optional.empty());
        model.outcomes().forEach(o -> items.add(Optional.of(o.code())));
        showing = true;
        outcomeBox.getItems().setAll(items);
        outcomeBox.setValue(step == null ? Optional.empty() : Optional.ofNullable(step.outcomeProperty().get()));
        showing = false;
    }

    private void show(StepDraft selected) {
        if (step != null) {
            commitKey();
            titleField.textProperty().unbindBidirectional(step.titleProperty());
            stepTextArea.textProperty().unbindBidirectional(step.textProperty());
            step.answers().removeListener(answersChanged);
        }
        step = selected;
        showing = true;
        form.setDisable(selected == null);
        if (selected == null) {
            titleField.clear();
            keyField.clear();
            stepTextArea.clear();
            outcomeBox.setValue(Optional.empty());
        } else {
            titleField.textProperty().bindBidirectional(selected.titleProperty());
            stepTextArea.textProperty().bindBidirectional(selected.textProperty());
            keyField.setText(selected.key());
            outcomeBox.setValue(Optional.ofNullable(selected.outcomeProperty().get()));
            selected.answers().addListener(answersChanged);
        }
        showing = false;
        showAnswers();
    }

    /** A key is taken over when the supervisor leaves the field, so answers follow the whole new key at once. */
    private void commitKey() {
        if (step != null && !showing) {
            model.renameKey(step, keyField.getText());
            keyField.setText(step.key());
        }
    }

    private void showAnswers() {
        var rows = new ArrayList<Node>();
        var answers = step == null ? FXCollections.<AnswerDraft>emptyObservableList() : step.answers();
        for (int i = 0; i < answers.size(); i++) {
            rows.add(row(answers.get(i), i, answers.size()));
        }
        answersBox.getChildren().setAll(rows);
        boolean none = answers.isEmpty();
        answersHint.setVisible(none);
        answersHint.setManaged(none);
    }

    /** One answer: what the prospect says, and below it the step it leads to, with its moves. */
    private Node row(AnswerDraft answer, int index, int count) {
        var said = new TextField();
        said.setId("said-" + index);
        said.setPromptText(i18n.get("scripteditor.answer.said.prompt"));
        said.textProperty().bindBidirectional(answer.saidProperty());
        HBox.setHgrow(said, Priority.ALWAYS);
        var delete = small("✕", "answer-delete-" + index, i18n.get("scripteditor.answer.delete"),
                () -> model.deleteAnswer(answer));

        var target = new ComboBox<StepDraft>(FXCollections.observableArrayList(model.draft().all().toList()));
        target.setId("target-" + index);
        target.setPromptText(i18n.get("scripteditor.answer.target.prompt"));
        target.setCellFactory(list -> new StepCell(false));
        target.setButtonCell(new StepCell(false));
        target.setMaxWidth(Double.MAX_VALUE);
        model.draft().find(answer.nextProperty().get()).ifPresent(target::setValue);
        target.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                answer.nextProperty().set(chosen.key());
            }
        });
        HBox.setHgrow(target, Priority.ALWAYS);
        var up = small("↑", "answer-up-" + index, i18n.get("scripteditor.move.up"), () -> model.moveAnswer(answer, -1));
        up.setDisable(index == 0);
        var down = small("↓", "answer-down-" + index, i18n.get("scripteditor.move.down"),
                () -> model.moveAnswer(answer, 1));
        down.setDisable(index == count - 1);

        var key = new Label(keyName(index));
        key.getStyleClass().add("answer-key");
        var arrow = new Label("→");
        arrow.getStyleClass().add("answer-key");
        var first = new HBox(6, key, said, delete);
        var second = new HBox(6, arrow, target, up, down);
        first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var row = new VBox(4, first, second);
        row.getStyleClass().add("answer-row");
        return row;
    }

    /** The key the caller presses for this answer, as the script pane shows it. */
    private static String keyName(int index) {
        String key = app.obzvon.ui.script.ScriptKeys.answerKey(index);
        return key == null ? "·" : key;
    }

    private static Button small(String text, String id, String tip, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    @FXML
    private void addAnswer() {
        var added = model.addAnswer();
        if (added != null) {
            int last = answersBox.getChildren().size() - 1;
            javafx.application.Platform.runLater(() -> answersBox.lookup("#said-" + last).requestFocus());
        }
    }

    private static boolean structural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (!change.wasUpdated()) {
                return true;
            }
        }
        return false;
    }
}
