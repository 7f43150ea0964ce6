package app.obzvon.ui.search;

import app.obzvon.search.FoundContact;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

public final class SearchController {

    private final SearchViewModel model;
    private final I18n i18n;

    @FXML private TextField queryField;
    @FXML private TableView<FoundContact> foundTable;
    @FXML private TableColumn<FoundContact, String> companyColumn;
    @FXML private TableColumn<FoundContact, String> personColumn;
    @FXML private TableColumn<FoundContact, String> cityColumn;
    @FXML private TableColumn<FoundContact, String> statusColumn;
    @FXML private TableColumn<FoundContact, String> workedColumn;
    @FXML private Button openButton;
    @FXML private Button correctButton;
    @FXML private Label noticeLabel;

    /** Opens a found company for a supervisor to correct; null for a caller, who has no such button. */
    private final java.util.function.LongConsumer correct;

    public SearchController(SearchViewModel model, I18n i18n, java.util.function.LongConsumer correct) {
        this.model = model;
        this.i18n = i18n;
        this.correct = correct;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(model.queryProperty());
        companyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().company()));
        personColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().person()));
        cityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().city()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.get("status." + c.getValue().status().name())));
        workedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().workedBy() == null ? "—"
                : c.getValue().workedBy()));
        foundTable.setItems(model.found());
        foundTable.setPlaceholder(new Label(i18n.get("search.placeholder")));
        foundTable.setRowFactory(t -> {
            var row = new TableRow<FoundContact>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
        foundTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        model.found().addListener((javafx.collections.ListChangeListener<FoundContact>) c -> {
            if (!model.found().isEmpty()) {
                foundTable.getSelectionModel().selectFirst();
            }
        });
        openButton.disableProperty().bind(foundTable.getSelectionModel().selectedItemProperty().isNull());
        correctButton.setVisible(correct != null);
        correctButton.setManaged(correct != null);
        correctButton.disableProperty().bind(foundTable.getSelectionModel().selectedItemProperty().isNull());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    @FXML
    private void find() {
        model.find();
    }

    @FXML
    private void correct() {
        var chosen = foundTable.getSelectionModel().getSelectedItem();
        if (chosen != null && correct != null) {
            correct.accept(chosen.id());
        }
    }

    @FXML
    private void open() {
        var chosen = foundTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        model.open(chosen);
        Window window = foundTable.getScene().getWindow();
        window.hide();
    }
}
