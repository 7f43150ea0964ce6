package app.obzvon.ui.audit;

import app.obzvon.audit.AuditLog;
import app.obzvon.team.People;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.time.Clock;

/** Opens the audit log over the caller's window. */
public final class AuditWindow {

    private AuditWindow() {
    }

    public static AuditViewModel open(Window owner, UiTasks tasks, AuditLog audit, People people, I18n i18n,
                                      FilePicker files, Clock clock) {
        var model = new AuditViewModel(tasks, audit, people, clock, i18n::get);
        var root = new FxmlLoaderFactory(i18n).load(AuditController.class, "audit.fxml",
                () -> new AuditController(model, i18n, files, clock.getZone()));
        DialogStage.show(owner, i18n.get("audit.title"), root);
        model.load();
        return model;
    }
}
