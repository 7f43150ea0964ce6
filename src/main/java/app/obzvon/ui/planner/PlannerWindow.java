package app.obzvon.ui.planner;

import app.obzvon.planning.Planner;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.time.Clock;

/** Opens the KPI planner over the caller's window, on this month. */
public final class PlannerWindow {

    private PlannerWindow() {
    }

    public static PlannerViewModel open(Window owner, UiTasks tasks, Planner planner, I18n i18n, Clock clock) {
        var model = new PlannerViewModel(tasks, planner, clock, i18n.locale());
        var root = new FxmlLoaderFactory(i18n).load(PlannerController.class, "planner.fxml",
                () -> new PlannerController(model, i18n, clock.getZone()));
        DialogStage.show(owner, i18n.get("planner.title"), root);
        model.load();
        return model;
    }
}
