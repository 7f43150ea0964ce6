package app.obzvon.ui.scriptreport;

import app.obzvon.handoff.ExportFormat;
import app.obzvon.report.ReportedVersion;
import app.obzvon.report.ScriptReport;
import app.obzvon.report.StepFigures;
import app.obzvon.report.UnmatchedAnswer;
import app.obzvon.script.ScriptSummary;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.FilePicker;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Binds the analytics window to its view model: pickers, the step table, the chart and the lists. */
public final class ScriptReportController {

    private final ScriptReportViewModel model;
    private final I18n i18n;
    private final FilePicker files;

    @FXML private VBox root;
    @FXML private ComboBox<ScriptSummary> scriptPicker;
    @FXML private ComboBox<ReportedVersion> versionPicker;
    @FXML private Label callsLabel;
    @FXML private TableView<StepFigures> stepsTable;
    @FXML private TableColumn<StepFigures, String> stepColumn;
    @FXML private TableColumn<StepFigures, Integer> reachedColumn;
    @FXML private TableColumn<StepFigures, Integer> endedColumn;
    @FXML private TableColumn<StepFigures, Integer> leadsColumn;
    @FXML private TableColumn<StepFigures, String> shareColumn;
    @FXML private BarChart<String, Number> chart;
    @FXML private NumberAxis callsAxis;
    @FXML private ListView<StepFigures> objectionsList;
    @FXML private ListView<UnmatchedAnswer> unmatchedList;
    @FXML private Label noticeLabel;
    @FXML private Button csvButton;
    @FXML private Button xlsxButton;

    public ScriptReportController(ScriptReportViewModel model, I18n i18n, FilePicker files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        scriptPicker.setItems(model.scripts());
        scriptPicker.setConverter(Converters.named(s -> s == null ? "" : s.name()));
        scriptPicker.valueProperty().bindBidirectional(model.scriptProperty());
        versionPicker.setItems(model.versions());
        versionPicker.setConverter(Converters.named(v -> v == null ? ""
                : i18n.get("scriptreport.version.item", v.number(), v.calls())));
        versionPicker.valueProperty().bindBidirectional(model.versionProperty());

        stepsTable.setItems(model.steps());
        stepsTable.setPlaceholder(new Label(i18n.get("scriptreport.empty")));
        stepColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(stepName(c.getValue())));
        reachedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reached()));
        endedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().endedThere()));
        leadsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().leads()));
        shareColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reached() == 0 ? "—"
                : i18n.get("scriptreport.percent", Math.round(c.getValue().leadShare() * 100))));
        stepsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(StepFigures item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("objection-row");
                if (!empty && item != null && item.objection()) {
                    getStyleClass().add("objection-row");
                }
            }
        });

        objectionsList.setItems(model.objections());
        objectionsList.setPlaceholder(new Label(i18n.get("scriptreport.objections.none")));
        objectionsList.setCellFactory(list -> cell(o -> i18n.get("scriptreport.objection.item", o.title(), o.reached())));
        unmatchedList.setItems(model.unmatched());
        unmatchedList.setPlaceholder(new Label(i18n.get("scriptreport.unmatched.none")));
        unmatchedList.setCellFactory(list -> cell(u -> i18n.get("scriptreport.unmatched.item",
                titles().getOrDefault(u.stepKey(), u.stepKey()), u.said(), u.times())));

        model.reportProperty().addListener((obs, old, report) -> show(report));
        model.steps().addListener((ListChangeListener<StepFigures>) c -> showChart());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
        csvButton.disableProperty().bind(model.reportProperty().isNull().or(model.busyProperty()));
        xlsxButton.disableProperty().bind(csvButton.disableProperty());
        show(model.reportProperty().get());
    }

    /** Numbered as in the chart, so a bar and its row are easy to match. */
    private String stepName(StepFigures step) {
        String title = step.objection() ? i18n.get("scriptreport.objection.name", step.title()) : step.title();
        return (model.steps().indexOf(step) + 1) + ". " + title;
    }

    private Map<String, String> titles() {
        return model.steps().stream().collect(Collectors.toMap(StepFigures::key, StepFigures::title, (a, b) -> a));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    private void show(ScriptReport report) {
        callsLabel.setText(report == null ? "" : i18n.get("scriptreport.calls", report.calls()));
        stepsTable.setPlaceholder(new Label(i18n.get(report == null ? "scriptreport.empty" : "scriptreport.no.calls")));
    }

    /** Reached, ended there and leads side by side for each step the calls reached, by its number. */
    private void showChart() {
        var reached = new XYChart.Series<String, Number>();
        reached.setName(i18n.get("scriptreport.column.reached"));
        var ended = new XYChart.Series<String, Number>();
        ended.setName(i18n.get("scriptreport.column.ended"));
        var leads = new XYChart.Series<String, Number>();
        leads.setName(i18n.get("scriptreport.column.leads"));
        int n = 0;
        int most = 0;
        for (var step : model.steps()) {
            most = Math.max(most, step.reached());
            n++;
            if (step.reached() == 0) {
                continue;
            }
            // The step's number in the table: titles would crowd the axis and get dropped.
            String label = String.valueOf(n);
            reached.getData().add(new XYChart.Data<>(label, step.reached()));
            ended.getData().add(new XYChart.Data<>(label, step.endedThere()));
            leads.getData().add(new XYChart.Data<>(label, step.leads()));
        }
        // Calls are whole: ticks on whole numbers, about five of them.
        callsAxis.setUpperBound(Math.max(1, most));
        callsAxis.setTickUnit(Math.max(1, (int) Math.ceil(most / 5.0)));
        chart.getData().setAll(List.of(reached, ended, leads));
    }

    @FXML
    private void exportCsv() {
        export(ExportFormat.CSV);
    }

    @FXML
    private void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        files.save(root.getScene().getWindow(), i18n.get("scriptreport.title"), model.suggestedFileName(format))
                .ifPresent(file -> model.export(file, format));
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }
}
