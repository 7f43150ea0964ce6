package app.obzvon.ui.workstation;

import app.obzvon.call.DayProgress;
import app.obzvon.shift.PauseReason;
import app.obzvon.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The shift in the toolbar: the start menu, or the shift's hours and figures with pause and end. */
public final class ShiftController {

    static final List<Integer> LENGTHS = List.of(2, 3, 4, 6, 8);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final ShiftViewModel model;
    private final WorkstationViewModel workstation;
    private final I18n i18n;
    private final ZoneId zone;

    @FXML private VBox shiftBox;
    @FXML private MenuButton startButton;
    @FXML private MenuButton shiftButton;
    @FXML private Label figuresLabel;

    public ShiftController(ShiftViewModel model, WorkstationViewModel workstation, I18n i18n, ZoneId zone) {
        this.model = model;
        this.workstation = workstation;
        this.i18n = i18n;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        var usual = new MenuItem(i18n.get("shift.start.usual"));
        usual.setId("shift-usual");
        usual.setOnAction(e -> model.start(null));
        startButton.getItems().add(usual);
        for (int hours : LENGTHS) {
            var item = new MenuItem(i18n.get("shift.start.hours", hours));
            item.setId("shift-" + hours + "h");
            item.setOnAction(e -> model.start(Duration.ofHours(hours)));
            startButton.getItems().add(item);
        }
        // The shift's own menu: a pause with its reason, or the end.
        for (var reason : PauseReason.values()) {
            var item = new MenuItem(i18n.get("shift.pause.for", i18n.get("shift.pause.reason." + reason.name())));
            item.setId("pause-" + reason.name());
            item.setOnAction(e -> model.pause(reason));
            item.disableProperty().bind(model.pausedProperty());
            shiftButton.getItems().add(item);
        }
        var end = new MenuItem(i18n.get("shift.end"));
        end.setId("shift-end");
        end.setOnAction(e -> model.end());
        shiftButton.getItems().addAll(new SeparatorMenuItem(), end);
        var open = model.shiftProperty().isNotNull();
        show(startButton, model.shiftProperty().isNull());
        show(shiftButton, open);
        show(figuresLabel, open);
        startButton.disableProperty().bind(model.busyProperty());
        shiftButton.disableProperty().bind(model.busyProperty());
        shiftBox.visibleProperty().bind(workstation.personProperty().isNotNull());
        shiftBox.managedProperty().bind(shiftBox.visibleProperty());
        shiftButton.textProperty().bind(Bindings.createStringBinding(this::title, model.shiftProperty()));
        figuresLabel.textProperty().bind(Bindings.createStringBinding(this::figures, model.shiftProperty(),
                workstation.progressProperty(), workstation.nowProperty()));
        workstation.progressProperty().addListener((obs, old, progress) -> model.adopt(progress));
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private String title() {
        var shift = model.shiftProperty().get();
        return shift == null ? "" : i18n.get("shift.title", HOUR_MINUTE.format(shift.startedAt().atZone(zone)),
                HOUR_MINUTE.format(shift.plannedEnd().atZone(zone)));
    }

    /** Worked time (pauses left out), calls per hour worked, talk time: the shift's, from the progress counted for it. */
    private String figures() {
        var shift = model.shiftProperty().get();
        var now = workstation.nowProperty().get();
        if (shift == null || now == null) {
            return "";
        }
        DayProgress progress = workstation.progressProperty().get();
        boolean counted = progress != null && progress.shift() != null && progress.shift().id() == shift.id();
        int calls = counted ? progress.counts().calls() : 0;
        long talk = counted ? progress.counts().talkSeconds() : 0;
        return i18n.get("shift.figures", duration(shift.worked(now)), shift.callsPerHour(calls, now),
                duration(Duration.ofSeconds(talk)));
    }

    /** Hours and minutes as a clock shows them: 1:05. */
    static String duration(Duration d) {
        return String.format("%d:%02d", d.toHours(), d.toMinutesPart());
    }
}
