package app.obzvon.ui.workstation;

import app.obzvon.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.Duration;

/** Over the card while a pause runs: its reason, the time it has run, and back to calls (Enter). */
public final class PauseController {

    private final ShiftViewModel model;
    private final WorkstationViewModel workstation;
    private final I18n i18n;

    @FXML private VBox pausePane;
    @FXML private Label reasonLabel;
    @FXML private Label clockLabel;
    @FXML private Button resumeButton;

    public PauseController(ShiftViewModel model, WorkstationViewModel workstation, I18n i18n) {
        this.model = model;
        this.workstation = workstation;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        var shown = model.pausedProperty().and(workstation.personProperty().isNotNull());
        pausePane.visibleProperty().bind(shown);
        resumeButton.disableProperty().bind(model.busyProperty());
        reasonLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var shift = model.shiftProperty().get();
            return shift == null ? "" : shift.runningPause().map(p -> i18n.get("shift.paused.title",
                    i18n.get("shift.pause.reason." + p.reason().name()))).orElse("");
        }, model.shiftProperty()));
        clockLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var shift = model.shiftProperty().get();
            var now = workstation.nowProperty().get();
            if (shift == null || now == null) {
                return "";
            }
            return shift.runningPause().map(p -> clock(p.length(now))).orElse("");
        }, model.shiftProperty(), workstation.nowProperty()));
    }

    private static String clock(Duration d) {
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%02d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }

    @FXML
    void resume() {
        model.resume();
    }
}
