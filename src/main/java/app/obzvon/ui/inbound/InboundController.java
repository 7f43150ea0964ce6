package app.obzvon.ui.inbound;

import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.inbound.Duty;
import app.obzvon.inbound.HalfDay;
import app.obzvon.inbound.Handout;
import app.obzvon.inbound.InboundRequest;
import app.obzvon.inbound.RejectedRequest;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

public final class InboundController {

    private static final PseudoClass TOO_LONG = PseudoClass.getPseudoClass("too-long");
    private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");

    private final InboundViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter day;
    /** "Nobody" in the roster's lists. */
    private final Person nobody;

    @FXML private BorderPane root;
    @FXML private TextField companyField;
    @FXML private TextField personField;
    @FXML private TextField phoneField;
    @FXML private TextField wantsField;
    @FXML private ComboBox<String> sourceBox;
    @FXML private Button enterButton;
    @FXML private Button importButton;
    @FXML private TableView<InboundRequest> requestTable;
    @FXML private TableColumn<InboundRequest, String> receivedColumn;
    @FXML private TableColumn<InboundRequest, String> companyColumn;
    @FXML private TableColumn<InboundRequest, String> wantsColumn;
    @FXML private TableColumn<InboundRequest, String> sourceColumn;
    @FXML private TableColumn<InboundRequest, String> stateColumn;
    @FXML private ListView<RejectedRequest> rejectedList;
    @FXML private RadioButton turnsButton;
    @FXML private RadioButton dutyButton;
    @FXML private Spinner<Integer> minutesSpinner;
    @FXML private Button settingsButton;
    @FXML private GridPane rosterGrid;
    @FXML private Label noticeLabel;

    public InboundController(InboundViewModel model, I18n i18n, FilePicker files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.day = DateTimeFormatter.ofPattern(i18n.get("inbound.roster.day"), i18n.locale());
        this.nobody = new Person(-1, i18n.get("inbound.roster.nobody"), Role.CALLER, true, false, null, null);
    }

    @FXML
    private void initialize() {
        companyField.textProperty().bindBidirectional(model.companyProperty());
        personField.textProperty().bindBidirectional(model.personProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        wantsField.textProperty().bindBidirectional(model.wantsProperty());
        sourceBox.getItems().setAll(i18n.get("inbound.source.site"), i18n.get("inbound.source.messenger"),
                i18n.get("inbound.source.office"));
        sourceBox.getEditor().textProperty().bindBidirectional(model.sourceProperty());
        sourceBox.getEditor().setOnAction(e -> enter());

        var zone = model.clock().getZone();
        receivedColumn.setCellValueFactory(c -> text(time.format(c.getValue().receivedAt().atZone(zone))));
        companyColumn.setCellValueFactory(c -> text(c.getValue().company()));
        wantsColumn.setCellValueFactory(c -> text(c.getValue().wants() == null ? "—" : c.getValue().wants()));
        sourceColumn.setCellValueFactory(c -> text(c.getValue().source()));
        stateColumn.setCellValueFactory(c -> text(state(c.getValue())));
        requestTable.setItems(model.today());
        requestTable.setPlaceholder(new Label(i18n.get("inbound.today.none")));
        requestTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(InboundRequest request, boolean empty) {
                super.updateItem(request, empty);
                pseudoClassStateChanged(TOO_LONG, !empty && request != null && model.tooLong(request));
                pseudoClassStateChanged(ANSWERED, !empty && request != null && request.answered());
            }
        });
        // The waiting times move on each second.
        model.nowProperty().addListener((obs, old, now) -> requestTable.refresh());

        rejectedList.setItems(model.rejected());
        rejectedList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RejectedRequest row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : i18n.get("inbound.rejected.row", row.row(),
                        i18n.get(row.reason(), row.args().toArray())));
            }
        });
        model.rejected().addListener((ListChangeListener<RejectedRequest>) c -> {
            rejectedList.setVisible(!model.rejected().isEmpty());
            rejectedList.setManaged(!model.rejected().isEmpty());
        });

        var handouts = new ToggleGroup();
        turnsButton.setToggleGroup(handouts);
        dutyButton.setToggleGroup(handouts);
        turnsButton.setUserData(Handout.TURNS);
        dutyButton.setUserData(Handout.DUTY);
        showHandout(model.handoutProperty().get());
        model.handoutProperty().addListener((obs, old, chosen) -> showHandout(chosen));
        handouts.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.handoutProperty().set((Handout) toggle.getUserData());
            }
        });
        var minutes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                app.obzvon.inbound.InboundSettings.MIN_MINUTES, app.obzvon.inbound.InboundSettings.MAX_MINUTES);
        minutesSpinner.setValueFactory(minutes);
        minutes.setValue(model.waitingMinutesProperty().get());
        model.waitingMinutesProperty().addListener((obs, old, value) -> minutes.setValue(value.intValue()));
        minutes.valueProperty().addListener((obs, old, value) -> model.waitingMinutesProperty().set(value));

        model.roster().addListener((ListChangeListener<Duty>) c -> showRoster());
        model.onDutyChoices().addListener((ListChangeListener<Person>) c -> showRoster());
        showRoster();

        var busy = model.busyProperty();
        enterButton.disableProperty().bind(busy);
        importButton.disableProperty().bind(busy);
        settingsButton.disableProperty().bind(busy);
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    /** Enter in any field of the form: saved, and the company's field is ready for the next one. */
    @FXML
    private void enter() {
        model.enter();
        companyField.requestFocus();
    }

    @FXML
    private void importFile() {
        files.open(root.getScene().getWindow(), i18n.get("inbound.import.title"), List.of(
                        new FileChooser.ExtensionFilter(i18n.get("inbound.import.filter"), "*.csv", "*.txt", "*.xlsx"),
                        new FileChooser.ExtensionFilter(i18n.get("inbound.import.all"), "*.*")))
                .ifPresent(model::importFile);
    }

    @FXML
    private void saveSettings() {
        minutesSpinner.increment(0); // an edited number counts once the button is pressed
        model.saveSettings();
    }

    private void showHandout(Handout chosen) {
        (chosen == Handout.DUTY ? dutyButton : turnsButton).setSelected(true);
    }

    /** The coming days, a list of people for each half. */
    private void showRoster() {
        rosterGrid.getChildren().clear();
        rosterGrid.addRow(0, new Label(), new Label(i18n.get("inbound.half.MORNING")),
                new Label(i18n.get("inbound.half.AFTERNOON")));
        var choices = new ArrayList<Person>();
        choices.add(nobody);
        choices.addAll(model.onDutyChoices());
        var today = LocalDate.now(model.clock());
        for (int i = 0; i < InboundViewModel.ROSTER_DAYS; i++) {
            var date = today.plusDays(i);
            var label = new Label(day.format(date));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            rosterGrid.addRow(i + 1, label, dutyChoice(date, HalfDay.MORNING, choices),
                    dutyChoice(date, HalfDay.AFTERNOON, choices));
        }
    }

    private ComboBox<Person> dutyChoice(LocalDate date, HalfDay half, List<Person> choices) {
        var box = new ComboBox<Person>();
        box.getItems().setAll(choices);
        box.setPrefWidth(140);
        box.setId("duty-" + date + "-" + half.name().toLowerCase(java.util.Locale.ROOT));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return person == null ? "" : person.name();
            }

            @Override
            public Person fromString(String name) {
                return null;
            }
        });
        long onDuty = model.roster().stream().filter(d -> d.day().equals(date) && d.half() == half)
                .mapToLong(Duty::callerId).findFirst().orElse(-1);
        box.setValue(choices.stream().filter(p -> p.id() == onDuty).findFirst().orElse(nobody));
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != old) {
                model.setDuty(date, half, chosen == nobody ? null : chosen);
            }
        });
        return box;
    }

    private String state(InboundRequest request) {
        var now = model.nowProperty().get();
        var zone = model.clock().getZone();
        long minutes = request.waited(now).toMinutes();
        if (request.answered()) {
            return i18n.get("inbound.state.answered", time.format(request.answeredAt().atZone(zone)),
                    request.callerName() == null ? "—" : request.callerName(), minutes);
        }
        if (request.callerId() == null) {
            return i18n.get("inbound.state.nobody", minutes);
        }
        if (request.shownAt() != null) {
            return i18n.get("inbound.state.shown", request.callerName(), time.format(request.shownAt().atZone(zone)),
                    minutes);
        }
        return i18n.get("inbound.state.given", request.callerName(), time.format(request.assignedAt().atZone(zone)),
                minutes);
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }
}
