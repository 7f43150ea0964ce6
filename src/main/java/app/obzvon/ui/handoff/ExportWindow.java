package app.obzvon.ui.handoff;

import app.obzvon.Services;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.time.Clock;
import java.util.function.Function;

/** Opens the hand-over dialog over the caller's window. */
public final class ExportWindow {

    private ExportWindow() {
    }

    public static ExportViewModel open(Window owner, UiTasks tasks, Services services, I18n i18n, FilePicker files,
                                       Clock clock) {
        Function<String, String> outcomeText = code -> i18n.outcome(code, null);
        var model = new ExportViewModel(tasks, services, LeadTexts.of(i18n.locale(), outcomeText), clock);
        var root = new FxmlLoaderFactory(i18n).load(ExportController.class, "export.fxml",
                () -> new ExportController(model, i18n, files, clock.getZone()));
        DialogStage.show(owner, i18n.get("export.title"), root);
        model.load();
        return model;
    }
}
