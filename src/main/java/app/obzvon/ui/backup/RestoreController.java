package app.obzvon.ui.backup;

import app.obzvon.backup.Backup;
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
import javafx.scene.layout.BorderPane;

import java.time.format.DateTimeFormatter;

public final class RestoreController {

    private final RestoreViewModel model;
    private final I18n i18n;

    @FXML private BorderPane root;
    @FXML private TableView<Backup> backupTable;
    @FXML private TableColumn<Backup, String> takenColumn;
    @FXML private TableColumn<Backup, String> kindColumn;
    @FXML private TableColumn<Backup, String> sizeColumn;
    @FXML private TableColumn<Backup, String> fileColumn;
    @FXML private Button restoreButton;
    @FXML private Label noticeLabel;

    public RestoreController(RestoreViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        var day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        takenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind() == Backup.Kind.DAILY
                ? day.format(c.getValue().at()) : time.format(c.getValue().at())));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(switch (c.getValue().kind()) {
            case DAILY -> i18n.get("restore.kind.daily");
            case MANUAL -> i18n.get("restore.kind.manual");
            case BEFORE_RESTORE -> i18n.get("restore.kind.before_restore");
        }));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(megabytes(c.getValue().size())));
        fileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        backupTable.setItems(model.rows());
        backupTable.setPlaceholder(new Label(i18n.get("restore.none")));
        backupTable.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) ->
                model.selectedProperty().set(chosen));
        restoreButton.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    private String megabytes(long bytes) {
        return i18n.get("restore.size", String.format(i18n.locale(), "%.1f", bytes / 1_048_576.0));
    }

    @FXML
    private void restore() {
        var chosen = model.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        var alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("restore.confirm", chosen.name()),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("restore.title"));
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.restore();
        }
    }
}
