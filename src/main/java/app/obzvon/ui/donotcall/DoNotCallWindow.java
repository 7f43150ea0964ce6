package app.obzvon.ui.donotcall;

import app.obzvon.donotcall.DoNotCallList;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.time.ZoneId;

/** Opens the do-not-call list over the caller's window. */
public final class DoNotCallWindow {

    private DoNotCallWindow() {
    }

    public static DoNotCallViewModel open(Window owner, UiTasks tasks, DoNotCallList list, I18n i18n,
                                          FilePicker files, ZoneId zone) {
        var model = new DoNotCallViewModel(tasks, list);
        var root = new FxmlLoaderFactory(i18n).load(DoNotCallController.class, "do-not-call.fxml",
                () -> new DoNotCallController(model, i18n, files, zone));
        DialogStage.show(owner, i18n.get("dnc.title"), root);
        model.load();
        return model;
    }
}
