package app.obzvon.ui.queues;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.PlaceZones;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.WorkRules;
import app.obzvon.script.ScriptSummary;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.ui.common.Spinners;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;

public final class QueuesController {

    private final QueuesViewModel model;
    private final I18n i18n;

    @FXML private ListView<CallQueue> queueList;
    @FXML private TextField newNameField;
    @FXML private Button addButton;
    @FXML private TextField nameField;
    @FXML private CheckComboBox<ContactStatus> statusesBox;
    @FXML private CheckComboBox<CompanySize> sizesBox;
    @FXML private TextField categoryField;
    @FXML private TextField regionField;
    @FXML private TextField sourceField;
    @FXML private ComboBox<String> zoneBox;
    @FXML private ComboBox<ScriptSummary> scriptBox;
    @FXML private Spinner<Integer> targetSpinner;
    @FXML private TextField opensField;
    @FXML private TextField closesField;
    @FXML private HBox daysBox;
    @FXML private TextField lunchFromField;
    @FXML private TextField lunchToField;
    @FXML private Spinner<Integer> workingListSpinner;
    @FXML private Spinner<Integer> deadlineSpinner;
    @FXML private ComboBox<ContactStatus> expireBox;
    @FXML private CheckBox sharedBox;
    @FXML private Button saveButton;
    @FXML private Label noticeLabel;

    public QueuesController(QueuesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        queueList.setItems(model.queues());
        queueList.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (q != null && q != model.selectedProperty().get()) {
                model.selectedProperty().set(q);
            }
        });
        model.selectedProperty().addListener((obs, old, q) -> {
            if (q != null) {
                queueList.getSelectionModel().select(q);
            }
        });

        nameField.textProperty().bindBidirectional(model.nameProperty());
        categoryField.textProperty().bindBidirectional(model.categoryProperty());
        regionField.textProperty().bindBidirectional(model.regionProperty());
        sourceField.textProperty().bindBidirectional(model.sourceProperty());
        opensField.textProperty().bindBidirectional(model.opensProperty());
        closesField.textProperty().bindBidirectional(model.closesProperty());
        lunchFromField.textProperty().bindBidirectional(model.lunchFromProperty());
        lunchToField.textProperty().bindBidirectional(model.lunchToProperty());
        sharedBox.selectedProperty().bindBidirectional(model.sharedCallbacksProperty());

        statusesBox.getItems().setAll(ContactStatus.CALLABLE.stream().sorted().toList());
        statusesBox.setConverter(Converters.named(s -> i18n.get("status." + s.name())));
        statusesBox.setTitle(i18n.get("queues.any"));
        checked(statusesBox, model.statuses());
        sizesBox.getItems().setAll(CompanySize.values());
        sizesBox.setConverter(Converters.named(s -> i18n.get("size." + s.name())));
        sizesBox.setTitle(i18n.get("queues.any"));
        checked(sizesBox, model.sizes());

        var zones = new ArrayList<String>();
        zones.add("");
        PlaceZones.shared().zones().forEach(z -> zones.add(z.getId()));
        zoneBox.getItems().setAll(zones);
        var now = Instant.now();
        zoneBox.setConverter(Converters.named(z -> z == null || z.isEmpty() ? i18n.get("queues.any")
                : z + " (UTC" + java.time.ZoneId.of(z).getRules().getOffset(now).getId().replace("Z", "+00:00") + ")"));
        zoneBox.valueProperty().bindBidirectional(model.timeZoneProperty());

        var none = new ScriptSummary(-1, i18n.get("queues.script.none"), 0);
        model.scripts().addListener((ListChangeListener<ScriptSummary>) c -> showScripts(none));
        showScripts(none);
        scriptBox.setConverter(Converters.named(s -> s == null ? "" : s.name()));
        scriptBox.valueProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.scriptIdProperty().set(s.scriptId() < 0 ? null : s.scriptId());
            }
        });
        model.scriptIdProperty().addListener((obs, old, id) -> pickScript(none));

        Spinners.bind(targetSpinner, CallQueue.MIN_TARGET, CallQueue.MAX_TARGET, 1, model.dailyTargetProperty());
        Spinners.bind(workingListSpinner, 1, WorkRules.MAX_WORKING_LIST, 5, model.workingListProperty());
        Spinners.bind(deadlineSpinner, 1, 365, 1, model.deadlineDaysProperty());

        expireBox.getItems().setAll(WorkRules.EXPIRY_STATUSES.stream().sorted().toList());
        expireBox.setConverter(Converters.named(s -> s == null ? "" : i18n.get("status." + s.name())));
        expireBox.valueProperty().bindBidirectional(model.expireToProperty());

        buildDays();
        saveButton.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        addButton.disableProperty().bind(model.busyProperty());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    @FXML
    private void add() {
        model.add(newNameField.getText());
        newNameField.clear();
    }

    @FXML
    private void save() {
        // A number typed into a spinner counts even if Enter was not pressed.
        Spinners.commit(targetSpinner, workingListSpinner, deadlineSpinner);
        model.save();
    }

    private void showScripts(ScriptSummary none) {
        var items = new ArrayList<ScriptSummary>();
        items.add(none);
        items.addAll(model.scripts());
        scriptBox.getItems().setAll(items);
        pickScript(none);
    }

    private void pickScript(ScriptSummary none) {
        var id = model.scriptIdProperty().get();
        scriptBox.setValue(scriptBox.getItems().stream().filter(s -> id == null ? s == none : s.scriptId() == id)
                .findFirst().orElse(none));
    }

    private void buildDays() {
        for (var day : DayOfWeek.values()) {
            var toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT_STANDALONE, i18n.locale()));
            toggle.getStyleClass().add("day-toggle");
            toggle.setId("day" + day.getValue());
            toggle.setSelected(model.days().contains(day));
            toggle.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    model.days().add(day);
                } else {
                    model.days().remove(day);
                }
            });
            model.days().addListener((SetChangeListener<DayOfWeek>) c -> toggle.setSelected(model.days().contains(day)));
            daysBox.getChildren().add(toggle);
        }
    }

    /** A check box list that follows a set of the view model's and writes back what is ticked. */
    private static <T> void checked(CheckComboBox<T> box, ObservableSet<T> values) {
        var updating = new boolean[1];
        Runnable fromModel = () -> {
            updating[0] = true;
            box.getCheckModel().clearChecks();
            values.forEach(v -> box.getCheckModel().check(v));
            updating[0] = false;
        };
        values.addListener((SetChangeListener<T>) c -> {
            if (!updating[0]) {
                fromModel.run();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!updating[0]) {
                updating[0] = true;
                values.retainAll(box.getCheckModel().getCheckedItems());
                values.addAll(box.getCheckModel().getCheckedItems());
                updating[0] = false;
            }
        });
        fromModel.run();
    }
}
