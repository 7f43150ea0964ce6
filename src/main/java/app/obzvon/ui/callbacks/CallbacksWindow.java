package app.obzvon.ui.callbacks;

import app.obzvon.calling.CallingSession;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.time.Clock;

/** Opens the caller's callbacks for today over the caller's window. */
public final class CallbacksWindow {

    private CallbacksWindow() {
    }

    public static CallbacksViewModel open(Window owner, UiTasks tasks, CallingSession session, I18n i18n, Clock clock) {
        var model = new CallbacksViewModel(tasks, session, clock);
        var root = new FxmlLoaderFactory(i18n).load(CallbacksController.class, "callbacks.fxml",
                () -> new CallbacksController(model, i18n, clock.getZone()));
        DialogStage.show(owner, i18n.get("callbacks.title"), root);
        model.load();
        return model;
    }
}
