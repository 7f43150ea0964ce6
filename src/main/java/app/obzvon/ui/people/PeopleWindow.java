package app.obzvon.ui.people;

import app.obzvon.queue.QueueSetup;
import app.obzvon.team.People;
import app.obzvon.team.Targets;
import app.obzvon.shift.Shifts;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

/** Opens the supervisor's list of people over the caller's window. */
public final class PeopleWindow {

    private PeopleWindow() {
    }

    public static PeopleViewModel open(Window owner, UiTasks tasks, People people, QueueSetup queueSetup,
                                       Targets targets, Shifts shifts, I18n i18n) {
        var model = new PeopleViewModel(tasks, people, queueSetup);
        var target = new TargetViewModel(tasks, targets, shifts, model::tell);
        var root = new FxmlLoaderFactory(i18n).load(PeopleController.class, "people.fxml",
                type -> type == TargetController.class ? new TargetController(target, model, i18n)
                        : new PeopleController(model, i18n));
        DialogStage.show(owner, i18n.get("people.title"), root);
        model.load();
        return model;
    }
}
