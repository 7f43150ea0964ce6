package app.obzvon.ui.queues;

import app.obzvon.queue.QueueSetup;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

/** Opens the supervisor's queue editor over the caller's window. */
public final class QueuesWindow {

    private QueuesWindow() {
    }

    public static QueuesViewModel open(Window owner, UiTasks tasks, QueueSetup setup, ScriptLibrary scripts, I18n i18n,
                                       Runnable changed) {
        var model = new QueuesViewModel(tasks, setup, scripts, changed);
        var root = new FxmlLoaderFactory(i18n).load(QueuesController.class, "queues.fxml",
                () -> new QueuesController(model, i18n));
        DialogStage.show(owner, i18n.get("queues.title"), root);
        model.load();
        return model;
    }
}
