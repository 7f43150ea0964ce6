package app.obzvon.ui.scripteditor;

import app.obzvon.Services;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.util.function.Function;

/** Opens the supervisor's script editor over the caller's window. */
public final class ScriptEditorWindow {

    private ScriptEditorWindow() {
    }

    /** @param onSaved runs on the FX thread after a script was saved or given to a queue (the main window reloads it) */
    public static ScriptEditorViewModel open(Window owner, UiTasks tasks, Services services, I18n i18n,
                                             FilePicker files, Runnable onSaved) {
        var model = new ScriptEditorViewModel(tasks, services, DraftTexts.of(i18n), onSaved);
        Function<String, String> outcomeName = code -> model.outcomes().stream()
                .filter(o -> o.code().equals(code)).findFirst()
                .map(o -> i18n.outcome(o.code(), o.label()))
                .orElse(code);
        var root = new FxmlLoaderFactory(i18n).load(ScriptEditorController.class, "script-editor.fxml",
                () -> new ScriptEditorController(model, i18n, files, outcomeName));
        DialogStage.show(owner, i18n.get("scripteditor.title"), root);
        model.load();
        return model;
    }
}
