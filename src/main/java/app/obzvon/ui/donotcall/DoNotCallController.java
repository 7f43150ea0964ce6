package app.obzvon.ui.donotcall;

import app.obzvon.donotcall.ListedNumber;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

public final class DoNotCallController {

    private final DoNotCallViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final ZoneId zone;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label totalLabel;
    @FXML private TableView<ListedNumber> numberTable;
    @FXML private TableColumn<ListedNumber, String> numberColumn;
    @FXML private TableColumn<ListedNumber, String> addedColumn;
    @FXML private TableColumn<ListedNumber, String> byColumn;
    @FXML private TableColumn<ListedNumber, String> sourceColumn;
    @FXML private TableColumn<ListedNumber, Integer> companiesColumn;
    @FXML private TextField numberField;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Button importButton;
    @FXML private Label noticeLabel;

    public DoNotCallController(DoNotCallViewModel model, I18n i18n, FilePicker files, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        numberField.textProperty().bindBidirectional(model.typedProperty());
        totalLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("dnc.total", model.totalProperty().get()), model.totalProperty()));

        var time = DateTimeFormatter.ofPattern(i18n.get("format.day.time"), i18n.locale());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().shown()));
        addedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                time.format(c.getValue().addedAt().atZone(zone))));
        byColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().addedBy() == null ? "—" : c.getValue().addedBy()));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                i18n.get("dnc.source." + c.getValue().source().name())));
        companiesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().companies()));
        numberTable.setItems(model.rows());
        numberTable.setPlaceholder(new Label(i18n.get("dnc.none")));
        numberTable.getSelectionModel().selectedItemProperty().addListener((obs, old, number) -> {
            if (number != model.selectedProperty().get()) {
                model.selectedProperty().set(number);
            }
        });
        model.selectedProperty().addListener((obs, old, number) -> {
            if (number == null) {
                numberTable.getSelectionModel().clearSelection();
            } else if (numberTable.getSelectionModel().getSelectedItem() != number) {
                numberTable.getSelectionModel().select(number);
            }
        });

        var busy = model.busyProperty();
        addButton.disableProperty().bind(busy);
        importButton.disableProperty().bind(busy);
        removeButton.disableProperty().bind(busy.or(model.selectedProperty().isNull()));
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void remove() {
        var number = model.selectedProperty().get();
        if (number == null) {
            return;
        }
        var alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("dnc.remove.confirm", number.shown(),
                number.companies()), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("dnc.title"));
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.remove();
        }
    }

    @FXML
    private void importFile() {
        files.open(root.getScene().getWindow(), i18n.get("dnc.import.title"), List.of(
                        new FileChooser.ExtensionFilter(i18n.get("dnc.import.filter"), "*.csv", "*.txt", "*.xlsx"),
                        new FileChooser.ExtensionFilter(i18n.get("dnc.import.all"), "*.*")))
                .ifPresent(model::importFile);
    }
}
