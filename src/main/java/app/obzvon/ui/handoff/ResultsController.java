package app.obzvon.ui.handoff;

import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.StageResultsSummary;
import app.obzvon.handoff.StageResultsSummary.SkippedRow;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.util.List;
import java.util.Map;

/** Binds the next stage's results window to its view model. */
public final class ResultsController {

    private final ResultsViewModel model;
    private final I18n i18n;
    private final FilePicker files;

    @FXML private VBox root;
    @FXML private Label fileLabel;
    @FXML private GridPane summaryGrid;
    @FXML private Label readLabel;
    @FXML private Label matchedLabel;
    @FXML private Label movesTitle;
    @FXML private Label movesLabel;
    @FXML private Label dealLabel;
    @FXML private Label dealSupportLabel;
    @FXML private Label clientLabel;
    @FXML private Label refusedLabel;
    @FXML private Label unchangedLabel;
    @FXML private Label skippedTitle;
    @FXML private TableView<SkippedRow> skippedTable;
    @FXML private TableColumn<SkippedRow, Long> rowColumn;
    @FXML private TableColumn<SkippedRow, String> companyColumn;
    @FXML private TableColumn<SkippedRow, String> phoneColumn;
    @FXML private TableColumn<SkippedRow, String> statusColumn;
    @FXML private TableColumn<SkippedRow, String> reasonColumn;
    @FXML private Button chooseButton;
    @FXML private Button applyButton;
    @FXML private Label resultsNotice;

    public ResultsController(ResultsViewModel model, I18n i18n, FilePicker files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        model.fileProperty().addListener((obs, old, file) -> fileLabel.setText(file.getFileName().toString()));
        model.summaryProperty().addListener((obs, old, summary) -> showSummary(summary));
        model.appliedProperty().addListener((obs, old, applied) -> movesTitle.setText(
                i18n.get(applied ? "results.moved" : "results.will.move")));
        showSummary(null);

        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        companyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(orTaxId(c.getValue())));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().phone()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.get(c.getValue().reason().key())));
        skippedTable.setItems(model.skipped());
        skippedTable.setPlaceholder(new Label(i18n.get("results.skipped.none")));

        chooseButton.disableProperty().bind(model.busyProperty());
        applyButton.disableProperty().bind(model.canApplyProperty().not());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(resultsNotice, i18n, notice));
    }

    /** The company as the row wrote it; a row with only a tax id shows that instead. */
    private static String orTaxId(SkippedRow row) {
        return row.company().isEmpty() ? row.taxId() : row.company();
    }

    private void showSummary(StageResultsSummary summary) {
        summaryGrid.setVisible(summary != null);
        if (summary == null) {
            return;
        }
        readLabel.setText(String.valueOf(summary.rowsRead()));
        matchedLabel.setText(String.valueOf(summary.matched()));
        movesLabel.setText(String.valueOf(summary.changes().size()));
        Map<ContactStatus, Integer> moved = summary.moved();
        var labels = List.of(dealLabel, dealSupportLabel, clientLabel, refusedLabel);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).setText(String.valueOf(moved.get(StageResultsSummary.STATUSES.get(i))));
        }
        unchangedLabel.setText(String.valueOf(summary.unchanged()));
        skippedTitle.setText(i18n.get("results.skipped.count", summary.skipped().size()));
    }

    @FXML
    private void chooseFile() {
        files.open(root.getScene().getWindow(), i18n.get("results.title"), List.of(
                new FileChooser.ExtensionFilter(i18n.get("results.files"), "*.csv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(i18n.get("import.files.all"), "*.*")))
                .ifPresent(model::chooseFile);
    }

    @FXML
    private void apply() {
        model.apply();
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
