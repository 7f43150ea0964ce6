package app.obzvon.ui.backup;

import app.obzvon.backup.Backup;
import app.obzvon.backup.Backups;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Opens "Restore…" over the caller's window. */
public final class RestoreWindow {

    private RestoreWindow() {
    }

    public static RestoreViewModel open(Window owner, UiTasks tasks, Backups backups, I18n i18n,
                                        Consumer<Backup> restored) {
        var model = new RestoreViewModel(tasks, backups, restored);
        var root = new FxmlLoaderFactory(i18n).load(RestoreController.class, "restore.fxml",
                () -> new RestoreController(model, i18n));
        DialogStage.show(owner, i18n.get("restore.title"), root);
        model.load();
        return model;
    }
}
