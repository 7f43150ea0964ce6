package app.obzvon.ui.people;

import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.queue.CallQueue;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.StringConverter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.obzvon.ui.common.Converters.named;

public final class PeopleController {

    private final PeopleViewModel model;
    private final I18n i18n;
    /** One tick box per queue, kept in step with the model's set of given queues. */
    private final Map<Long, SimpleBooleanProperty> ticks = new HashMap<>();

    @FXML private TableView<Person> peopleTable;
    @FXML private TableColumn<Person, String> nameColumn;
    @FXML private TableColumn<Person, String> roleColumn;
    @FXML private TableColumn<Person, String> stateColumn;
    /** On a team's server: each person's own login, which the supervisor gives them with their password. */
    @FXML private TableColumn<Person, String> loginColumn;
    @FXML private Label selectedTitle;
    @FXML private TextField nameField;
    @FXML private Button renameButton;
    @FXML private ComboBox<Role> roleBox;
    @FXML private PasswordField pinField;
    @FXML private PasswordField pinAgainField;
    @FXML private Button resetPinButton;
    @FXML private Button activeButton;
    @FXML private ListView<CallQueue> queueList;
    @FXML private Button saveQueuesButton;
    @FXML private TextField newNameField;
    @FXML private ComboBox<Role> newRoleBox;
    @FXML private PasswordField newPinField;
    @FXML private PasswordField newPinAgainField;
    @FXML private Button addButton;
    @FXML private Spinner<Integer> lockSpinner;
    @FXML private Button lockButton;
    @FXML private Label noticeLabel;

    public PeopleController(PeopleViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        peopleTable.setItems(model.people());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(roleName(c.getValue().role())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get(c.getValue().active() ? "people.active" : "people.inactive")));
        loginColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().login() == null ? "" : c.getValue().login()));
        loginColumn.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.people().stream().anyMatch(p -> p.login() != null), model.people()));
        peopleTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Person person, boolean empty) {
                super.updateItem(person, empty);
                getStyleClass().remove("inactive-row");
                if (!empty && person != null && !person.active()) {
                    getStyleClass().add("inactive-row");
                }
            }
        });
        peopleTable.getSelectionModel().selectedItemProperty().addListener((obs, old, person) -> {
            if (person != null && person != model.selectedProperty().get()) {
                model.selectedProperty().set(person);
            }
        });
        model.selectedProperty().addListener((obs, old, person) -> showSelected(person));

        StringConverter<Role> roles = named(role -> role == null ? "" : roleName(role));
        for (var box : List.of(roleBox, newRoleBox)) {
            box.getItems().setAll(Role.values());
            box.setConverter(roles);
        }
        newRoleBox.setValue(Role.CALLER);
        roleBox.setOnAction(e -> model.setRole(roleBox.getValue()));

        queueList.setItems(model.queues());
        queueList.setCellFactory(CheckBoxListCell.forListView(this::tick,
                named((CallQueue queue) -> queue == null ? "" : queue.name())));
        model.given().addListener((SetChangeListener<Long>) change -> ticks.forEach((id, tick) ->
                tick.set(model.given().contains(id))));

        lockSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 240, 10));
        model.lockAfterMinutesProperty().addListener((obs, old, minutes) ->
                lockSpinner.getValueFactory().setValue(minutes.intValue()));

        var busy = model.busyProperty();
        for (var button : List.of(renameButton, resetPinButton, activeButton, saveQueuesButton, addButton,
                lockButton)) {
            button.disableProperty().bind(busy);
        }
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
        showSelected(model.selectedProperty().get());
    }

    private ObservableValue<Boolean> tick(CallQueue queue) {
        return ticks.computeIfAbsent(queue.id(), id -> {
            var tick = new SimpleBooleanProperty(model.given().contains(id));
            tick.addListener((obs, old, on) -> {
                if (on) {
                    model.given().add(id);
                } else {
                    model.given().remove(id);
                }
            });
            return tick;
        });
    }

    private void showSelected(Person person) {
        boolean none = person == null;
        if (!none && peopleTable.getSelectionModel().getSelectedItem() != person) {
            peopleTable.getSelectionModel().select(person);
        }
        selectedTitle.setText(none ? i18n.get("people.none") : person.name());
        nameField.setText(none ? "" : person.name());
        roleBox.setValue(none ? null : person.role());
        pinField.clear();
        pinAgainField.clear();
        activeButton.setText(i18n.get(none || person.active() ? "people.deactivate" : "people.activate"));
        for (var node : List.of(nameField, roleBox, pinField, pinAgainField, queueList)) {
            node.setDisable(none);
        }
    }

    private String roleName(Role role) {
        return i18n.get("role." + role.name().toLowerCase());
    }

    @FXML
    private void rename() {
        model.rename(nameField.getText());
    }

    @FXML
    private void resetPin() {
        model.resetPin(pinField.getText(), pinAgainField.getText());
        pinField.clear();
        pinAgainField.clear();
    }

    @FXML
    private void toggleActive() {
        model.toggleActive();
    }

    @FXML
    private void saveQueues() {
        model.saveQueues();
    }

    @FXML
    private void add() {
        model.add(newNameField.getText(), newRoleBox.getValue(), newPinField.getText(), newPinAgainField.getText());
        newPinField.clear();
        newPinAgainField.clear();
        newNameField.clear();
    }

    @FXML
    private void saveLockAfter() {
        model.saveLockAfter(lockSpinner.getValue());
    }
}
