package app.obzvon.ui.handoff;

import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.Handover;
import app.obzvon.queue.CallQueue;
import app.obzvon.access.Person;
import app.obzvon.ui.common.AnyOrOne;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.Optional;
import java.time.format.DateTimeFormatter;

import static app.obzvon.ui.common.Converters.named;

/** Binds the hand-over dialog to its view model. */
public final class ExportController {

    private final ExportViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final ZoneId zone;

    @FXML private VBox root;
    @FXML private FlowPane outcomesBox;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private ComboBox<Optional<CallQueue>> queueBox;
    @FXML private ComboBox<Optional<Person>> callerBox;
    @FXML private CheckBox onlyNewBox;
    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private CheckBox commaBox;
    @FXML private CheckBox bomBox;
    @FXML private Label matchingLabel;
    @FXML private Button exportButton;
    @FXML private TableView<Handover> batchTable;
    @FXML private TableColumn<Handover, Long> batchNumber;
    @FXML private TableColumn<Handover, String> batchTime;
    @FXML private TableColumn<Handover, String> batchWho;
    @FXML private TableColumn<Handover, Integer> batchCount;
    @FXML private TableColumn<Handover, String> batchCriteria;
    @FXML private Button againButton;
    @FXML private Label exportNotice;

    public ExportController(ExportViewModel model, I18n i18n, FilePicker files, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        model.outcomes().addListener((ListChangeListener<OutcomeChoice>) change -> showOutcomes());
        fromDate.valueProperty().bindBidirectional(model.fromProperty());
        toDate.valueProperty().bindBidirectional(model.toProperty());
        AnyOrOne.bind(queueBox, model.queues(), model.queueProperty(), CallQueue::name, i18n.get("export.queue.any"));
        AnyOrOne.bind(callerBox, model.callers(), model.callerProperty(), Person::name, i18n.get("export.caller.any"));
        onlyNewBox.selectedProperty().bindBidirectional(model.onlyNewProperty());
        formatBox.getItems().setAll(ExportFormat.values());
        formatBox.setConverter(named(f -> i18n.get("export.format." + f.name())));
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        var xlsx = formatBox.valueProperty().isEqualTo(ExportFormat.XLSX);
        commaBox.selectedProperty().bindBidirectional(model.commaDelimitedProperty());
        commaBox.disableProperty().bind(xlsx);
        bomBox.selectedProperty().bindBidirectional(model.bomProperty());
        bomBox.disableProperty().bind(xlsx);

        model.matchingProperty().addListener((obs, old, count) -> showMatching(count.intValue()));
        showMatching(model.matchingProperty().get());
        exportButton.disableProperty().bind(model.busyProperty().or(model.matchingProperty().lessThanOrEqualTo(0)));

        var time = DateTimeFormatter.ofPattern(i18n.get("format.day.time"), i18n.locale());
        batchNumber.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        batchTime.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(time.format(c.getValue().at().atZone(zone))));
        batchWho.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().callerName()));
        batchCount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().leadCount()));
        batchCriteria.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().criteria()));
        batchTable.setItems(model.batches());
        batchTable.setPlaceholder(new Label(i18n.get("export.batches.none")));
        againButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        model.noticeProperty().addListener((obs, old, notice) -> showNotice(notice));
    }

    private void showOutcomes() {
        outcomesBox.getChildren().setAll(model.outcomes().stream().map(choice -> {
            var box = new CheckBox(i18n.outcome(choice.outcome().code(), choice.outcome().label()));
            box.setId("export-outcome-" + choice.outcome().code());
            box.selectedProperty().bindBidirectional(choice.chosen());
            return box;
        }).toList());
    }

    private void showMatching(int count) {
        matchingLabel.setText(count < 0 ? "" : i18n.get("export.matching", count));
    }

    private void showNotice(Notice notice) {
        NoticeLabel.show(exportNotice, i18n, notice);
    }

    @FXML
    private void export() {
        files.save(root.getScene().getWindow(), i18n.get("export.title"), model.suggestedFileName())
                .ifPresent(model::export);
    }

    @FXML
    private void exportAgain() {
        var batch = batchTable.getSelectionModel().getSelectedItem();
        if (batch != null) {
            files.save(root.getScene().getWindow(), i18n.get("export.again"),
                    "leads-batch-" + batch.id() + "." + model.formatProperty().get().extension())
                    .ifPresent(target -> model.exportAgain(batch, target));
        }
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
