package app.obzvon.ui.planner;

import app.obzvon.planning.Conversion;
import app.obzvon.planning.Goal;
import app.obzvon.planning.PlanLine;
import app.obzvon.planning.PlanResult;
import app.obzvon.planning.Planner;
import app.obzvon.planning.SavedPlan;
import app.obzvon.planning.Stage;
import app.obzvon.planning.TeamShare;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class PlannerController {

    /** The steps top to bottom as the plan works them out: from the money back to the calls. */
    private static final List<Stage> STEPS = List.of(Stage.PAYMENT, Stage.INVOICE, Stage.PROPOSAL, Stage.MEETING,
            Stage.LEAD, Stage.CONVERSATION, Stage.CALL);

    private final PlannerViewModel model;
    private final I18n i18n;
    private final ZoneId zone;
    private final Figures figures;

    @FXML private BorderPane root;
    @FXML private DatePicker firstPicker;
    @FXML private DatePicker lastPicker;
    @FXML private TextField workingDaysField;
    @FXML private Label weekdaysLabel;
    @FXML private Label savedLabel;
    @FXML private RadioButton revenueRadio;
    @FXML private RadioButton profitRadio;
    @FXML private Label goalLabel;
    @FXML private TextField goalField;
    @FXML private TextField marginField;
    @FXML private TextField dealField;
    @FXML private GridPane conversionGrid;
    @FXML private Button fillButton;
    @FXML private ComboBox<Integer> historyBox;
    @FXML private VBox historyNotesBox;
    @FXML private TextField callerCallsField;
    @FXML private Label revenueLabel;
    @FXML private TableView<Stage> figuresTable;
    @FXML private TableColumn<Stage, String> stepColumn;
    @FXML private TableColumn<Stage, String> periodColumn;
    @FXML private TableColumn<Stage, String> dayColumn;
    @FXML private VBox arithmeticBox;
    @FXML private Label callersNeededLabel;
    @FXML private Label teamLabel;
    @FXML private Label shareLabel;
    @FXML private Label noticeLabel;
    @FXML private Button saveButton;
    @FXML private Button applyButton;

    public PlannerController(PlannerViewModel model, I18n i18n, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.zone = zone;
        this.figures = new Figures(i18n.locale());
    }

    @FXML
    private void initialize() {
        firstPicker.valueProperty().bindBidirectional(model.firstProperty());
        lastPicker.valueProperty().bindBidirectional(model.lastProperty());
        workingDaysField.textProperty().bindBidirectional(model.workingDaysProperty());
        goals();
        goalField.textProperty().bindBidirectional(model.goalAmountProperty());
        marginField.textProperty().bindBidirectional(model.marginProperty());
        dealField.textProperty().bindBidirectional(model.averageDealProperty());
        for (var money : List.of(goalField, dealField)) {
            money.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    model.tidy();
                }
            });
        }
        conversions();
        historyBox.setItems(FXCollections.observableArrayList(Planner.HISTORY_DAYS));
        historyBox.setConverter(Converters.named(days -> i18n.get("planner.history.days", days)));
        historyBox.valueProperty().bindBidirectional(model.historyDaysProperty());
        callerCallsField.textProperty().bindBidirectional(model.callerCallsProperty());

        figuresTable.setItems(FXCollections.observableArrayList(STEPS));
        stepColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.get(c.getValue().key())));
        periodColumn.setCellValueFactory(c -> figure(c.getValue(), r -> figures.money(r.forPeriod(c.getValue()))));
        dayColumn.setCellValueFactory(c -> figure(c.getValue(), r -> figures.perDay(r.perDay(c.getValue()))));

        model.periodProperty().addListener((obs, old, period) -> weekdaysLabel.setText(
                period == null ? "" : i18n.get("planner.weekdays", period.weekdays())));
        model.savedProperty().addListener((obs, old, saved) -> showSaved(saved));
        model.resultProperty().addListener((obs, old, result) -> showPlan(result));
        model.shareProperty().addListener((obs, old, share) -> showTeam());
        model.teamNoticeProperty().addListener((obs, old, notice) -> showTeam());
        model.historyNotes().addListener((javafx.collections.ListChangeListener<PlanLine>) change ->
                historyNotesBox.getChildren().setAll(model.historyNotes().stream().map(this::wrapped).toList()));
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));

        saveButton.disableProperty().bind(model.busyProperty().or(model.resultProperty().isNull()));
        fillButton.disableProperty().bind(model.busyProperty());
        applyButton.disableProperty().bind(model.busyProperty().or(model.shareProperty().isNull()));
        showSaved(null);
        showPlan(null);
    }

    private void goals() {
        var goals = new ToggleGroup();
        revenueRadio.setToggleGroup(goals);
        profitRadio.setToggleGroup(goals);
        revenueRadio.setUserData(Goal.REVENUE);
        profitRadio.setUserData(Goal.PROFIT);
        goals.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.goalProperty().set((Goal) chosen.getUserData());
            }
        });
        model.goalProperty().addListener((obs, old, goal) -> showGoal(goal));
        showGoal(model.goalProperty().get());
    }

    private void showGoal(Goal goal) {
        (goal == Goal.PROFIT ? profitRadio : revenueRadio).setSelected(true);
        goalLabel.setText(i18n.get(goal == Goal.PROFIT ? "planner.goal.profit" : "planner.goal.revenue"));
    }

    /** One row per conversion, in the funnel's order; each field's id names its conversion (for tests). */
    private void conversions() {
        int row = 0;
        for (var c : Conversion.values()) {
            var field = new TextField();
            field.setId("conversion-" + c.name());
            field.getStyleClass().add("number");
            field.textProperty().bindBidirectional(model.conversionProperty(c));
            var label = new Label(i18n.get(c.key()));
            label.setLabelFor(field);
            conversionGrid.addRow(row++, label, field, new Label(i18n.get("planner.percent")));
        }
    }

    private ReadOnlyObjectWrapper<String> figure(Stage stage, Function<PlanResult, String> shown) {
        var result = model.resultProperty().get();
        return new ReadOnlyObjectWrapper<>(result == null ? "—" : shown.apply(result));
    }

    private void showSaved(SavedPlan saved) {
        savedLabel.setText(saved == null ? i18n.get("planner.not.saved") : i18n.get("planner.saved", saved.savedBy(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(saved.savedAt().atZone(zone))));
    }

    private void showPlan(PlanResult result) {
        figuresTable.refresh();
        revenueLabel.setText(result == null ? "" : i18n.get("planner.revenue", result.revenue()));
        arithmeticBox.getChildren().setAll(result == null ? List.of()
                : result.lines().stream().map(this::line).toList());
        arithmeticBox.setVisible(result != null);
        callersNeededLabel.setText(result == null ? "" : i18n.get("planner.callers.needed", result.callersNeeded(),
                result.inputs().callerCalls()));
        showTeam();
    }

    private Label line(PlanLine line) {
        var label = wrapped(line);
        // The lines a target is made of stand out.
        if (line.key().endsWith(".per.day") || line.key().equals("planner.line.callers")) {
            label.getStyleClass().add("result-line");
        }
        return label;
    }

    private Label wrapped(PlanLine line) {
        var label = new Label(line.text(i18n.bundle(), i18n.locale()));
        label.setWrapText(true);
        return label;
    }

    private void showTeam() {
        var share = model.shareProperty().get();
        var refused = model.teamNoticeProperty().get();
        shareLabel.getStyleClass().remove("error");
        if (model.resultProperty().get() == null) {
            teamLabel.setText("");
            shareLabel.setText("");
        } else if (share != null) {
            int missing = share.plan().callsPerDay() - share.capacityNow();
            teamLabel.setText(i18n.get("planner.team", share.shares().size(), share.fullDayCallers(), share.capacityNow())
                    + " — " + (missing > 0 ? i18n.get("planner.team.short", missing) : i18n.get("planner.team.enough")));
            shareLabel.setText(i18n.get("planner.share", share.calls(), share.leads(), share.plannedCalls()));
        } else if (refused != null) {
            teamLabel.setText("");
            NoticeLabel.show(shareLabel, i18n, refused);
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void fill() {
        model.fillFromHistory();
    }

    @FXML
    private void apply() {
        var share = model.shareProperty().get();
        if (share == null) {
            return;
        }
        var rows = share.shares().stream().map(this::row).collect(Collectors.joining("\n"));
        var alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("planner.apply.confirm", rows),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("planner.apply"));
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.apply();
        }
    }

    private String row(TeamShare.Share s) {
        return i18n.get("planner.apply.row", s.member().name(), s.planned().calls(), s.planned().leads(),
                s.planned().shiftOrFullDay().toMinutes() / 60.0, s.shiftCalls(), s.shiftLeads());
    }
}
