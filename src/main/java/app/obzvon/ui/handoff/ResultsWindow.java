package app.obzvon.ui.handoff;

import app.obzvon.handoff.StageResults;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

/** Opens the next stage's results window over the caller's window. */
public final class ResultsWindow {

    private ResultsWindow() {
    }

    public static ResultsViewModel open(Window owner, UiTasks tasks, StageResults results, I18n i18n,
                                        FilePicker files) {
        var model = new ResultsViewModel(tasks, results);
        var root = new FxmlLoaderFactory(i18n).load(ResultsController.class, "results.fxml",
                () -> new ResultsController(model, i18n, files));
        DialogStage.show(owner, i18n.get("results.title"), root);
        return model;
    }
}
