package app.obzvon.ui.audit;

import app.obzvon.access.Person;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditEntry;
import app.obzvon.ui.common.AnyOrOne;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

public final class AuditController {

    private final AuditViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final ZoneId zone;

    @FXML private BorderPane root;
    @FXML private ComboBox<Optional<Person>> personBox;
    @FXML private ComboBox<Optional<AuditAction>> actionBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> atColumn;
    @FXML private TableColumn<AuditEntry, String> personColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> subjectColumn;
    @FXML private TableColumn<AuditEntry, Integer> countColumn;
    @FXML private Label noticeLabel;
    @FXML private Button saveButton;

    public AuditController(AuditViewModel model, I18n i18n, FilePicker files, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        AnyOrOne.bind(personBox, model.persons(), model.personProperty(), Person::name,
                i18n.get("audit.filter.anyone"));
        AnyOrOne.bind(actionBox, FXCollections.observableArrayList(AuditAction.values()), model.actionProperty(),
                this::actionName, i18n.get("audit.filter.anything"));

        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        atColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(time.format(c.getValue().at().atZone(zone))));
        personColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().personName() == null ? "—" : c.getValue().personName()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(actionName(c.getValue().action())));
        subjectColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().subject()));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        auditTable.setItems(model.rows());
        auditTable.setPlaceholder(new Label(i18n.get("audit.none")));
        // Refusals stand out: a wrong PIN is what a supervisor looks for.
        auditTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().remove("refused-row");
                if (!empty && entry != null && entry.action() == AuditAction.SIGN_IN_FAILED) {
                    getStyleClass().add("refused-row");
                }
            }
        });
        saveButton.disableProperty().bind(model.busyProperty());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    private String actionName(AuditAction action) {
        return action == null ? "?" : i18n.get("audit.action." + action.key());
    }

    @FXML
    private void save() {
        files.save(root.getScene().getWindow(), i18n.get("audit.save"), model.suggestedFileName())
                .ifPresent(model::save);
    }
}
