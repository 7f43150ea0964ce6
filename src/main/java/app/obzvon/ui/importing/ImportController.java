package app.obzvon.ui.importing;

import app.obzvon.importing.Field;
import app.obzvon.importing.ImportSummary;
import app.obzvon.importing.Preview;
import app.obzvon.importing.RejectReason;
import app.obzvon.queue.CallQueue;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.ui.importing.ImportViewModel.Step;
import app.obzvon.ui.importing.ImportViewModel.TargetKind;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Binds the import wizard to its view model. */
public final class ImportController {

    private static final Charset CP866 = Charset.forName("IBM866");
    // KOI8-R and CP866 (DOS): older Russian programs still export them.
    private static final List<Charset> ENCODINGS = Arrays.asList(null, StandardCharsets.UTF_8,
            Charset.forName("windows-1251"), Charset.forName("KOI8-R"), CP866, StandardCharsets.UTF_16);
    private static final List<Character> DELIMITERS = Arrays.asList(null, ';', ',', '\t', '|');
    private static final List<Boolean> HEADERS = Arrays.asList(null, true, false);

    private final ImportViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final Runnable onLoaded;

    @FXML private VBox root;
    @FXML private Label fileLabel;
    @FXML private HBox optionsBox;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private ComboBox<Character> delimiterBox;
    @FXML private ComboBox<Boolean> headerBox;
    @FXML private Label sheetLabel;
    @FXML private ComboBox<String> sheetBox;
    @FXML private TableView<List<String>> previewTable;
    @FXML private VBox summaryBox;
    @FXML private Label readLabel;
    @FXML private Label toImportLabel;
    @FXML private Label duplicatesLabel;
    @FXML private Label rejectedLabel;
    @FXML private Button saveRejectedButton;
    @FXML private RadioButton noQueueRadio;
    @FXML private RadioButton existingQueueRadio;
    @FXML private ComboBox<CallQueue> queueBox;
    @FXML private RadioButton newQueueRadio;
    @FXML private TextField newQueueField;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Button checkButton;
    @FXML private Button loadButton;
    @FXML private Label importNotice;

    private boolean showingPreview;

    public ImportController(ImportViewModel model, I18n i18n, FilePicker files, Runnable onLoaded) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        this.onLoaded = onLoaded;
    }

    @FXML
    private void initialize() {
        choices(encodingBox, ENCODINGS, c -> c == null ? i18n.get("import.detect")
                : c.equals(CP866) ? i18n.get("import.encoding.cp866") : c.displayName());
        choices(delimiterBox, DELIMITERS, d -> d == null ? i18n.get("import.detect")
                : d == '\t' ? i18n.get("import.delimiter.tab") : "« " + d + " »");
        choices(headerBox, HEADERS, h -> h == null ? i18n.get("import.detect")
                : i18n.get(h ? "import.header.yes" : "import.header.no"));
        sheetBox.valueProperty().bindBidirectional(model.sheetProperty());
        for (var box : List.of(encodingBox, delimiterBox, headerBox, sheetBox)) {
            box.setOnAction(e -> {
                if (!showingPreview) {
                    model.readPreview();
                }
            });
        }
        encodingBox.valueProperty().bindBidirectional(model.encodingProperty());
        delimiterBox.valueProperty().bindBidirectional(model.delimiterProperty());
        headerBox.valueProperty().bindBidirectional(model.hasHeaderProperty());
        optionsBox.disableProperty().bind(model.fileProperty().isNull());
        previewTable.setPlaceholder(new Label(i18n.get("import.preview.none")));

        var targets = new ToggleGroup();
        noQueueRadio.setToggleGroup(targets);
        existingQueueRadio.setToggleGroup(targets);
        newQueueRadio.setToggleGroup(targets);
        newQueueRadio.setSelected(true);
        model.targetKindProperty().set(TargetKind.NEW);
        targets.selectedToggleProperty().addListener((obs, old, selected) -> model.targetKindProperty().set(
                selected == existingQueueRadio ? TargetKind.EXISTING
                        : selected == newQueueRadio ? TargetKind.NEW : TargetKind.NONE));
        queueBox.setItems(model.queues());
        queueBox.valueProperty().bindBidirectional(model.existingQueueProperty());
        queueBox.disableProperty().bind(existingQueueRadio.selectedProperty().not());
        newQueueField.textProperty().bindBidirectional(model.newQueueNameProperty());
        newQueueField.disableProperty().bind(newQueueRadio.selectedProperty().not());

        progressBar.progressProperty().bind(model.progressProperty());
        model.runningProperty().addListener((obs, old, running) -> showRunning(running));
        model.fileProperty().addListener((obs, old, file) -> fileLabel.setText(file.toString()));
        model.previewProperty().addListener((obs, old, preview) -> showPreview(preview));
        model.summaryProperty().addListener((obs, old, summary) -> showSummary(summary));
        model.stepProperty().addListener((obs, old, step) -> showStep(step));
        model.noticeProperty().addListener((obs, old, notice) -> showNotice(notice));
        checkButton.disableProperty().bind(model.previewProperty().isNull().or(model.runningProperty()));
        loadButton.disableProperty().bind(model.runningProperty());
        showRunning(false);
    }

    private <T> void choices(ComboBox<T> box, List<T> values, Function<T, String> name) {
        box.setItems(FXCollections.observableArrayList(values));
        var converter = Converters.named(name);
        box.setConverter(converter);
        box.setButtonCell(new javafx.scene.control.cell.ComboBoxListCell<>(converter) {
            @Override
            public void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && item == null ? name.apply(null) : name.apply(item));
            }
        });
    }

    private void showPreview(Preview preview) {
        showingPreview = true;
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        if (preview != null) {
            model.encodingProperty().set(preview.encoding());
            model.delimiterProperty().set(preview.delimiter());
            model.hasHeaderProperty().set(preview.hasHeader());
            sheetBox.getItems().setAll(preview.sheets());
            model.sheetProperty().set(preview.sheet());
            boolean xlsx = !preview.sheets().isEmpty();
            sheetLabel.setVisible(xlsx);
            sheetBox.setVisible(xlsx);
            encodingBox.setDisable(xlsx);
            delimiterBox.setDisable(xlsx);
            for (int i = 0; i < preview.columns().size(); i++) {
                previewTable.getColumns().add(column(i, preview.columns().get(i)));
            }
            previewTable.getItems().setAll(preview.rows());
        }
        showingPreview = false;
    }

    /** A preview column whose header says what the column is and lets the user change it. */
    private TableColumn<List<String>, String> column(int index, String name) {
        var column = new TableColumn<List<String>, String>();
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size() ? c.getValue().get(index) : ""));
        var field = new ComboBox<Field>();
        choices(field, fieldChoices(), f -> f == null ? i18n.get("import.field.extra") : i18n.get("import.field." + f.name()));
        field.setValue(model.mapping().get(index));
        field.setId("column-" + index);
        field.setOnAction(e -> model.mapColumn(index, field.getValue()));
        field.setMaxWidth(Double.MAX_VALUE);
        var header = new VBox(4, field, new Label(name));
        column.setGraphic(header);
        column.setPrefWidth(170);
        column.setSortable(false);
        return column;
    }

    private static List<Field> fieldChoices() {
        var all = new ArrayList<Field>();
        all.add(null);
        all.addAll(List.of(Field.values()));
        return all;
    }

    private void showSummary(ImportSummary summary) {
        if (summary == null) {
            return;
        }
        readLabel.setText(Integer.toString(summary.rowsRead()));
        toImportLabel.setText(summary.doNotCallDropped() == 0 ? Integer.toString(summary.toImport())
                : i18n.get("import.summary.to.import.dnc", summary.toImport(), summary.doNotCallDropped()));
        duplicatesLabel.setText(i18n.get("import.summary.duplicates.value",
                summary.duplicatesInFile() + summary.duplicatesInBase(), summary.duplicatesInFile(), summary.duplicatesInBase()));
        var reasons = Arrays.stream(RejectReason.values()).filter(r -> !r.isDuplicate() && summary.count(r) > 0)
                .map(r -> reasonText(r) + ": " + summary.count(r)).collect(Collectors.joining("; "));
        rejectedLabel.setText(summary.rejected() == 0 ? "0" : summary.rejected() + " (" + reasons + ")");
        saveRejectedButton.setDisable(summary.rowsRead() == summary.toImport());
        loadButton.setText(i18n.get("import.load", summary.toImport()));
    }

    private void showStep(Step step) {
        boolean summary = step != Step.FILE;
        summaryBox.setVisible(summary);
        summaryBox.setManaged(summary);
        show(checkButton, step == Step.FILE);
        show(loadButton, step == Step.SUMMARY);
        if (step == Step.DONE) {
            onLoaded.run();
        }
    }

    private void showRunning(boolean running) {
        show(progressBox, running);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void showNotice(Notice notice) {
        NoticeLabel.show(importNotice, i18n, notice);
    }

    private String reasonText(RejectReason reason) {
        return i18n.get("import.reason." + reason.name());
    }

    @FXML
    private void chooseFile() {
        files.open(root.getScene().getWindow(), i18n.get("import.title"), List.of(
                new FileChooser.ExtensionFilter(i18n.get("import.files"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(i18n.get("import.files.all"), "*.*")))
                .ifPresent(model::chooseFile);
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void load() {
        model.load();
    }

    @FXML
    private void saveRejected() {
        files.save(root.getScene().getWindow(), i18n.get("import.save.rejected"), "rejected.csv")
                .ifPresent(out -> model.saveRejected(out, i18n.get("import.rejected.reason.column"), this::reasonText));
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void close() {
        model.cancel();
        root.getScene().getWindow().hide();
    }
}
