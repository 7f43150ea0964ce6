package app.obzvon.ui.dashboard;

import app.obzvon.figures.TeamFigures;
import app.obzvon.inbound.InboundRequests;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.time.Clock;

/**
 * Opens the team's dashboard over the caller's window. It reads the base again every three seconds
 * while open: another window or PC writes to the same base, and asking it is how their calls show.
 */
public final class DashboardWindow {

    private DashboardWindow() {
    }

    public static DashboardViewModel open(Window owner, UiTasks tasks, TeamFigures figures, InboundRequests inbound,
                                          I18n i18n, Clock clock, FilePicker files) {
        var model = new DashboardViewModel(tasks, figures, inbound, clock);
        var report = new ReportViewModel(tasks, figures, clock, i18n::get);
        var root = new FxmlLoaderFactory(i18n).load(DashboardController.class, "dashboard.fxml",
                type -> type == ReportMenuController.class ? new ReportMenuController(report, i18n, files)
                        : new DashboardController(model, i18n, clock.getZone()));
        DialogStage.show(owner, i18n.get("dashboard.title"), root);
        var every = new Timeline(new KeyFrame(Duration.millis(DashboardViewModel.REFRESH.toMillis()), e -> model.refresh()));
        every.setCycleCount(Animation.INDEFINITE);
        root.getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> every.stop());
        model.refresh();
        every.play();
        return model;
    }
}
