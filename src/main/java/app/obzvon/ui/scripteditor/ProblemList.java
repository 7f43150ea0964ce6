package app.obzvon.ui.scripteditor;

import app.obzvon.script.ScriptProblem;
import app.obzvon.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The problems under the editor: the draft's as it is typed, or those of a file that could not be
 * imported. Clicking one of the draft's shows the step it is about.
 */
final class ProblemList {

    private final ScriptEditorViewModel model;
    private final I18n i18n;
    private final ListView<ScriptProblem> list;
    private final Label title;

    ProblemList(ScriptEditorViewModel model, I18n i18n, ListView<ScriptProblem> list, Label title) {
        this.model = model;
        this.i18n = i18n;
        this.list = list;
        this.title = title;
    }

    void bind() {
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ScriptProblem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null : ProblemTexts.of(i18n, problem));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        var none = new Label(i18n.get("scripteditor.problems.none"));
        none.getStyleClass().add("problems-none");
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, problem) -> showStep(problem));
        model.problems().addListener((ListChangeListener<ScriptProblem>) change -> show());
        model.fileProblemsProperty().addListener((obs, old, file) -> show());
        show();
    }

    /** A check names a step by its title, or by its key when it has none. */
    private void showStep(ScriptProblem problem) {
        if (problem == null || model.fileProblemsProperty().get() != null || problem.step() == null) {
            return;
        }
        model.draft().all()
                .filter(s -> s.titleProperty().get().equals(problem.step()) || s.key().equals(problem.step()))
                .findFirst().ifPresent(model.stepProperty()::set);
    }

    private void show() {
        var file = model.fileProblemsProperty().get();
        title.getStyleClass().remove("error");
        if (file != null) {
            title.setText(i18n.get("scripteditor.problems.file", file.file()));
            title.getStyleClass().add("error");
            list.getItems().setAll(file.problems());
        } else {
            title.setText(model.problems().isEmpty() ? i18n.get("scripteditor.problems.title")
                    : i18n.get("scripteditor.problems.count", model.problems().size()));
            list.getItems().setAll(model.problems());
        }
    }
}
