package app.obzvon.ui.rules;

import app.obzvon.call.RuleTable;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

/** Opens the supervisor's rule table over the caller's window. */
public final class RulesWindow {

    private RulesWindow() {
    }

    public static RulesViewModel open(Window owner, UiTasks tasks, RuleTable rules, I18n i18n, Runnable changed) {
        var model = new RulesViewModel(tasks, rules, changed);
        var root = new FxmlLoaderFactory(i18n).load(RulesController.class, "rules.fxml",
                () -> new RulesController(model, i18n));
        DialogStage.show(owner, i18n.get("rules.title"), root);
        model.load();
        return model;
    }
}
