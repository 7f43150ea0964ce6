package app.obzvon.ui.importing;

import app.obzvon.Services;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

/** Opens the import wizard over the caller's window. */
public final class ImportWindow {

    private ImportWindow() {
    }

    /** @param onLoaded runs on the FX thread once contacts were loaded (the main window shows the new queues) */
    public static ImportViewModel open(Window owner, UiTasks tasks, Services services, I18n i18n, FilePicker files,
                                       Runnable onLoaded) {
        var model = new ImportViewModel(tasks, services);
        var root = new FxmlLoaderFactory(i18n).load(ImportController.class, "import.fxml",
                () -> new ImportController(model, i18n, files, onLoaded));
        DialogStage.show(owner, i18n.get("import.title"), root);
        return model;
    }
}
