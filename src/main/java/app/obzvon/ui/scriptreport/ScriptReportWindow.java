package app.obzvon.ui.scriptreport;

import app.obzvon.Services;
import app.obzvon.report.ScriptReportTexts;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.util.List;

/** Opens script analytics over the caller's window. */
public final class ScriptReportWindow {

    private ScriptReportWindow() {
    }

    public static ScriptReportViewModel open(Window owner, UiTasks tasks, Services services, I18n i18n, FilePicker files) {
        var model = new ScriptReportViewModel(tasks, services, texts(i18n));
        var root = new FxmlLoaderFactory(i18n).load(ScriptReportController.class, "script-report.fxml",
                () -> new ScriptReportController(model, i18n, files));
        DialogStage.show(owner, i18n.get("scriptreport.title"), root);
        model.load();
        return model;
    }

    static ScriptReportTexts texts(I18n i18n) {
        return new ScriptReportTexts(List.of(i18n.get("scriptreport.file.key"), i18n.get("scriptreport.column.step"),
                i18n.get("scriptreport.file.kind"), i18n.get("scriptreport.column.reached"),
                i18n.get("scriptreport.column.ended"), i18n.get("scriptreport.column.leads"),
                i18n.get("scriptreport.file.share")),
                i18n.get("scriptreport.file.kind.step"), i18n.get("scriptreport.file.kind.objection"),
                i18n.get("scriptreport.file.sheet"));
    }
}
