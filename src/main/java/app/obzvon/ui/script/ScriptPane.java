package app.obzvon.ui.script;

import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.function.Function;

/**
 * Shows a {@link ScriptWalkViewModel}: the step to read large, the answers as buttons with their
 * keys, back, the objections and the way back from one, the path as breadcrumbs, and a field for
 * what the prospect said when no answer fits.
 */
public final class ScriptPane {

    private final ScriptWalkViewModel model;
    private final I18n i18n;
    private final Function<String, String> outcomeName;

    @FXML private VBox root;
    @FXML private Label scriptTitle;
    @FXML private FlowPane breadcrumbs;
    @FXML private Label stepTitle;
    @FXML private Label stepText;
    @FXML private Label suggestion;
    @FXML private VBox answersBox;
    @FXML private Button backButton;
    @FXML private Button returnButton;
    @FXML private TextField unmatchedField;
    @FXML private Label objectionsTitle;
    @FXML private FlowPane objectionsBox;

    // Z focuses the field on key press; the letter's key-typed event that follows must not land in it.
    private boolean swallowNextTyped;

    private ScriptPane(ScriptWalkViewModel model, I18n i18n, Function<String, String> outcomeName) {
        this.model = model;
        this.i18n = i18n;
        this.outcomeName = outcomeName;
    }

    /**
     * Loads a pane for the model. {@code outcomeName} turns a suggested outcome's code into the
     * words (and key) the outcome bar shows for it.
     */
    public static ScriptPane load(ScriptWalkViewModel model, I18n i18n, Function<String, String> outcomeName) {
        var pane = new ScriptPane(model, i18n, outcomeName);
        new FxmlLoaderFactory(i18n).load(ScriptPane.class, "script-pane.fxml", () -> pane);
        return pane;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        model.revisionProperty().addListener((obs, old, revision) -> {
            showObjections();
            show();
        });
        backButton.disableProperty().bind(model.canGoBackProperty().not());
        unmatchedField.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowNextTyped) {
                swallowNextTyped = false;
                e.consume();
            }
        });
        unmatchedField.setOnAction(e -> {
            model.recordUnmatched(unmatchedField.getText());
            root.requestFocus();
        });
        show();
        showObjections();
    }

    /**
     * The script's keys, for the window's key filter to pass on when the caller is not typing:
     * answers, objections, Backspace (back), Enter (return from an objection), Z (no answer fits).
     */
    public boolean handle(KeyEvent e) {
        if (!model.hasScript()) {
            return false;
        }
        if (ScriptKeys.is(e, KeyCode.BACK_SPACE)) {
            model.back();
            return true;
        }
        if (ScriptKeys.is(e, KeyCode.ENTER) && model.inObjectionProperty().get()) {
            model.returnFromObjection();
            return true;
        }
        char letter = ScriptKeys.letter(e);
        if (letter == 0) {
            return false;
        }
        if (letter == ScriptKeys.UNMATCHED) {
            swallowNextTyped = true;
            unmatchedField.requestFocus();
            return true;
        }
        int answer = ScriptKeys.ANSWERS.indexOf(letter);
        if (answer >= 0 && answer < model.answers().size()) {
            model.answer(answer);
            return true;
        }
        int objection = ScriptKeys.OBJECTIONS.indexOf(letter);
        if (objection >= 0 && objection < model.objections().size()) {
            model.objection(objection);
            return true;
        }
        return false;
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void returnFromObjection() {
        model.returnFromObjection();
    }

    private void show() {
        boolean has = model.hasScript();
        scriptTitle.setText(has ? i18n.get("script.title", model.scriptNameProperty().get()) : i18n.get("script.none"));
        var step = model.currentProperty().get();
        stepTitle.setText(step == null ? "" : step.title());
        stepText.setText(step == null ? "" : step.text());
        root.getStyleClass().remove("objection-mode");
        if (model.inObjectionProperty().get()) {
            root.getStyleClass().add("objection-mode");
        }
        showSuggestion(model.suggestedOutcomeProperty().get());
        showBreadcrumbs();
        showAnswers();
        boolean objection = model.inObjectionProperty().get();
        returnButton.setText(i18n.get("script.return", model.returnTitleProperty().get()));
        returnButton.setVisible(objection);
        returnButton.setManaged(objection);
        for (Node n : new Node[] {backButton, unmatchedField, objectionsTitle, objectionsBox}) {
            n.setVisible(has);
            n.setManaged(has);
        }
        unmatchedField.setText(model.unmatchedProperty().get());
    }

    private void showSuggestion(String outcome) {
        boolean shown = outcome != null;
        suggestion.setText(shown ? i18n.get("script.suggested", outcomeName.apply(outcome)) : "");
        suggestion.setVisible(shown);
        suggestion.setManaged(shown);
    }

    private void showBreadcrumbs() {
        var crumbs = new ArrayList<Node>();
        var path = model.breadcrumbs();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                crumbs.add(crumb("›", "crumb"));
            }
            boolean last = i == path.size() - 1;
            crumbs.add(crumb(path.get(i).title(), last ? "crumb-current" : "crumb"));
        }
        breadcrumbs.getChildren().setAll(crumbs);
        // At the first step the way so far is just its title, which the step shows already.
        breadcrumbs.setVisible(path.size() > 1);
        breadcrumbs.setManaged(path.size() > 1);
    }

    private static Label crumb(String text, String style) {
        var label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    private void showAnswers() {
        var buttons = new ArrayList<Node>();
        var answers = model.answers();
        for (int i = 0; i < answers.size(); i++) {
            int index = i;
            String key = ScriptKeys.answerKey(i);
            var button = new Button(key == null ? answers.get(i) : key + "   " + answers.get(i));
            button.getStyleClass().add("answer");
            button.setId("answer-" + i);
            button.setFocusTraversable(false);
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> model.answer(index));
            buttons.add(button);
        }
        answersBox.getChildren().setAll(buttons);
    }

    private void showObjections() {
        objectionsTitle.setText(model.objectionsTitleProperty().get());
        var buttons = new ArrayList<Node>();
        var objections = model.objections();
        for (int i = 0; i < objections.size(); i++) {
            int index = i;
            String key = ScriptKeys.objectionKey(i);
            var button = new Button(key == null ? objections.get(i) : key + "  " + objections.get(i));
            button.getStyleClass().add("objection");
            button.setId("objection-" + i);
            button.setFocusTraversable(false);
            button.setOnAction(e -> model.objection(index));
            buttons.add(button);
        }
        objectionsBox.getChildren().setAll(buttons);
    }
}
