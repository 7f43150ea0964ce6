package app.obzvon.ui.inbound;

import app.obzvon.inbound.InboundRequests;
import app.obzvon.team.People;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;

import java.time.Clock;

/** Opens the inbound requests over the caller's window; its clock ticks each second while it is open. */
public final class InboundWindow {

    private InboundWindow() {
    }

    public static InboundViewModel open(Window owner, UiTasks tasks, InboundRequests requests, People people,
                                        I18n i18n, FilePicker files, Clock clock) {
        var model = new InboundViewModel(tasks, requests, people, clock);
        var root = new FxmlLoaderFactory(i18n).load(InboundController.class, "inbound.fxml",
                () -> new InboundController(model, i18n, files));
        DialogStage.show(owner, i18n.get("inbound.title"), root);
        var ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        root.getScene().getWindow().setOnHidden(e -> ticks.stop());
        root.lookup("#companyField").requestFocus();
        model.load();
        return model;
    }
}
