package app.obzvon.ui.workstation;

import app.obzvon.call.DayProgress;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.TargetPreset;
import app.obzvon.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;

/** Today's calls, conversations and leads against the queue's target, the pace, and the target menu. */
public final class ProgressController {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkstationViewModel model;
    private final I18n i18n;

    @FXML private VBox progressBox;
    @FXML private Label callsLabel;
    @FXML private Label conversationsLabel;
    @FXML private Label leadsLabel;
    @FXML private Label workingListLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label paceLabel;
    @FXML private MenuButton targetButton;

    public ProgressController(WorkstationViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        model.progressProperty().addListener((obs, old, progress) -> show(progress));
        model.workingListProperty().addListener((obs, old, list) -> showWorkingList(list));
        workingListLabel.setTooltip(new javafx.scene.control.Tooltip(i18n.get("progress.working.list.tooltip")));
        showWorkingList(model.workingListProperty().get());
        buildTargetMenu();
        // Targets are the supervisor's to set: a caller sees theirs, without the menu.
        var supervisor = Bindings.createBooleanBinding(() -> model.personProperty().get() != null
                && model.personProperty().get().isSupervisor(), model.personProperty());
        targetButton.visibleProperty().bind(supervisor);
        targetButton.managedProperty().bind(supervisor);
        show(model.progressProperty().get());
    }

    /** Ctrl+T. */
    void showTargetMenu() {
        if (targetButton.isVisible()) {
            targetButton.show();
        }
    }

    private void showWorkingList(app.obzvon.calling.QueueView.WorkingList list) {
        workingListLabel.setText(list == null ? "" : i18n.get("progress.working.list", list.held(), list.limit()));
        workingListLabel.getStyleClass().remove("working-list-full");
        if (list != null && list.full()) {
            workingListLabel.getStyleClass().add("working-list-full");
        }
    }

    private void show(DayProgress p) {
        progressBox.setVisible(p != null);
        if (p == null) {
            return;
        }
        callsLabel.setText(i18n.get("progress.calls", p.counts().calls(), p.target()));
        conversationsLabel.setText(i18n.get("progress.conversations", p.counts().conversations()));
        leadsLabel.setText(i18n.get("progress.leads", p.counts().leads()));
        progressBar.setProgress(p.fraction());
        var pace = p.callsPerHourNeeded();
        if (p.remaining() == 0) {
            paceLabel.setText(i18n.get("progress.pace.done"));
        } else if (pace.isPresent()) {
            paceLabel.setText(i18n.get("progress.pace", pace.getAsInt(), p.target(), HOUR_MINUTE.format(p.until())));
        } else {
            paceLabel.setText(i18n.get("progress.pace.day.over", p.remaining()));
        }
    }

    /** The daily target: the usual presets, or any number from 1 to 500. */
    private void buildTargetMenu() {
        for (var preset : TargetPreset.values()) {
            var range = preset.from() == preset.to() ? Integer.toString(preset.from()) : preset.from() + "–" + preset.to();
            var item = new MenuItem(i18n.get("target.preset." + preset.name(), range, preset.target()));
            item.setId("target-" + preset.name());
            item.setOnAction(e -> model.setDailyTarget(preset.target()));
            targetButton.getItems().add(item);
        }
        var spinner = new Spinner<Integer>(CallQueue.MIN_TARGET, CallQueue.MAX_TARGET, CallQueue.DEFAULT_TARGET);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setId("targetSpinner");
        var set = new Button(i18n.get("target.set"));
        set.setOnAction(e -> {
            spinner.commitValue();
            model.setDailyTarget(spinner.getValue());
            targetButton.hide();
        });
        var custom = new CustomMenuItem(new HBox(6, new Label(i18n.get("target.custom")), spinner, set), false);
        targetButton.getItems().addAll(new SeparatorMenuItem(), custom);
        targetButton.setOnShowing(e -> {
            var p = model.progressProperty().get();
            if (p != null) {
                spinner.getValueFactory().setValue(p.target());
            }
        });
    }
}
