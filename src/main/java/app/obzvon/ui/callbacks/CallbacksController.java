package app.obzvon.ui.callbacks;

import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.queue.ExpiredWork;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

public final class CallbacksController {

    private final CallbacksViewModel model;
    private final I18n i18n;
    private final ZoneId zone;

    @FXML private TableView<CallbacksViewModel.Row> callbacksTable;
    @FXML private TableColumn<CallbacksViewModel.Row, String> atColumn;
    @FXML private TableColumn<CallbacksViewModel.Row, String> theirColumn;
    @FXML private TableColumn<CallbacksViewModel.Row, String> companyColumn;
    @FXML private TableColumn<CallbacksViewModel.Row, String> personColumn;
    @FXML private TableColumn<CallbacksViewModel.Row, String> stateColumn;
    @FXML private TableView<ExpiredWork> expiredTable;
    @FXML private TableColumn<ExpiredWork, String> expiredAtColumn;
    @FXML private TableColumn<ExpiredWork, String> expiredCompanyColumn;
    @FXML private TableColumn<ExpiredWork, String> expiredCallerColumn;
    @FXML private TableColumn<ExpiredWork, String> expiredFromColumn;
    @FXML private TableColumn<ExpiredWork, String> expiredToColumn;
    @FXML private Label noticeLabel;

    public CallbacksController(CallbacksViewModel model, I18n i18n, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        var time = DateTimeFormatter.ofPattern(i18n.get("format.day.time"), i18n.locale());
        atColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(time.format(c.getValue().callback().at().atZone(zone))));
        theirColumn.setCellValueFactory(c -> {
            var theirs = c.getValue().callback().zone();
            return new ReadOnlyObjectWrapper<>(theirs == null ? "—"
                    : DateTimeFormatter.ofPattern("HH:mm").format(c.getValue().callback().at().atZone(theirs)));
        });
        companyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().callback().company()));
        personColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().callback().person()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                i18n.get("callbacks.state." + c.getValue().state().name())));
        callbacksTable.setItems(model.rows());
        callbacksTable.setPlaceholder(new Label(i18n.get("callbacks.none")));
        // A missed promise stands out: the prospect waited for a call that did not come.
        callbacksTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CallbacksViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("missed-row", "overdue-row");
                if (!empty && row != null && row.state() != CallbacksViewModel.State.TODAY) {
                    getStyleClass().add(row.state() == CallbacksViewModel.State.MISSED ? "missed-row" : "overdue-row");
                }
            }
        });
        expiredAtColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(time.format(c.getValue().at().atZone(zone))));
        expiredCompanyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().company()));
        expiredCallerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().callerName()));
        expiredFromColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.get("status." + c.getValue().from().name())));
        expiredToColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.get("status." + c.getValue().to().name())));
        expiredTable.setItems(model.expired());
        expiredTable.setPlaceholder(new Label(i18n.get("expired.none", app.obzvon.calling.CallingSession.EXPIRED_SHOWN)));
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }
}
