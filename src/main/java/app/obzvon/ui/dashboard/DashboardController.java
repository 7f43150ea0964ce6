package app.obzvon.ui.dashboard;

import app.obzvon.figures.CallerDay;
import app.obzvon.figures.Today;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import app.obzvon.ui.dashboard.DashboardViewModel.CallerRow;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Binds the dashboard to its view model: the callers' table, the leads banner, the 7/30 toggle; the charts in {@link DashboardCharts}. */
public final class DashboardController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");

    private final DashboardViewModel model;
    private final I18n i18n;
    private final ZoneId zone;

    @FXML private VBox root;
    @FXML private Label updatedLabel;
    @FXML private ToggleButton weekButton;
    @FXML private ToggleButton monthButton;
    @FXML private Label leadsBanner;
    @FXML private TableView<CallerRow> callersTable;
    @FXML private TableColumn<CallerRow, String> callerColumn;
    @FXML private TableColumn<CallerRow, CallerDay> statusColumn;
    @FXML private TableColumn<CallerRow, CallerDay> callsColumn;
    @FXML private TableColumn<CallerRow, CallerDay> dueColumn;
    @FXML private TableColumn<CallerRow, CallerDay> conversationsColumn;
    @FXML private TableColumn<CallerRow, CallerDay> leadsColumn;
    @FXML private TableColumn<CallerRow, CallerDay> meetingsColumn;
    @FXML private TableColumn<CallerRow, CallerDay> talkColumn;
    @FXML private TableColumn<CallerRow, CallerDay> paceColumn;
    @FXML private BarChart<String, Number> hoursChart;
    @FXML private Label trendTitle;
    @FXML private ComboBox<DashboardViewModel.Whose> whosePicker;
    @FXML private LineChart<String, Number> trendChart;
    @FXML private Label readingLabel;
    @FXML private Label funnelTitle;
    @FXML private VBox funnelBox;
    @FXML private Label coachingTitle;
    @FXML private Label coachingHint;
    @FXML private BarChart<Number, String> coachingChart;
    @FXML private Label noticeLabel;
    @FXML private Label inboundBanner;

    public DashboardController(DashboardViewModel model, I18n i18n, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        var lengths = new ToggleGroup();
        weekButton.setToggleGroup(lengths);
        monthButton.setToggleGroup(lengths);
        (model.daysProperty().get() == 30 ? monthButton : weekButton).setSelected(true);
        lengths.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                model.daysProperty().set(now == monthButton ? 30 : 7);
            }
        });

        model.waiting().addListener((javafx.collections.ListChangeListener<app.obzvon.inbound.WaitingRequest>) c ->
                showWaiting());
        showWaiting();

        callersTable.setItems(model.callers());
        callersTable.setPlaceholder(new Label(i18n.get("dashboard.empty")));
        callerColumn.setCellValueFactory(c -> c.getValue().dayProperty().map(CallerDay::name));
        statusColumn.setCellValueFactory(c -> c.getValue().dayProperty());
        statusColumn.setCellFactory(column -> new StatusCell());
        column(callsColumn, day -> i18n.get("dashboard.of", day.counts().calls(), day.callsTarget()), CallerDay::behind);
        column(dueColumn, day -> String.valueOf(day.expectedCalls()), day -> false);
        column(conversationsColumn, day -> String.valueOf(day.counts().conversations()), day -> false);
        column(leadsColumn, day -> day.leadsTarget() == null ? String.valueOf(day.counts().leads())
                : i18n.get("dashboard.of", day.counts().leads(), day.leadsTarget()), CallerDay::leadsBehind);
        column(meetingsColumn, day -> String.valueOf(day.counts().meetings()), day -> false);
        column(talkColumn, day -> talk(day.counts().talkSeconds()), day -> false);
        column(paceColumn, this::pace, day -> day.behind() && day.pace() != null);
        callersTable.setRowFactory(table -> behindRow());
        callersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        // A caller coming or going replaces the list: the one chosen stays chosen.
        model.callers().addListener((ListChangeListener<CallerRow>) c -> {
            var chosen = model.selectedProperty().get();
            if (chosen != null && callersTable.getSelectionModel().getSelectedItem() != chosen) {
                callersTable.getSelectionModel().select(chosen);
            }
        });

        whosePicker.setItems(model.whoseChoices());
        whosePicker.setConverter(Converters.named(w -> w == null ? "" : w.callerId() == null
                ? i18n.get("dashboard.trend.team") : w.name()));
        whosePicker.valueProperty().bindBidirectional(model.whoseProperty());
        readingLabel.visibleProperty().bind(model.readingDaysProperty());
        readingLabel.textProperty().bind(model.daysProperty().map(d -> i18n.get("dashboard.reading", d)));
        trendTitle.textProperty().bind(model.daysProperty().map(d -> i18n.get("dashboard.trend", d)));
        funnelTitle.textProperty().bind(model.daysProperty().map(d -> i18n.get("dashboard.funnel", d)));
        new DashboardCharts(model, i18n).bind(hoursChart, trendChart, funnelBox, coachingChart, coachingTitle, coachingHint);

        model.todayProperty().addListener((obs, old, today) -> showToday(today));
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
        showToday(model.todayProperty().get());
    }

    /** A row marked :behind while its caller is: it follows the row's day, which changes under the same row. */
    private static TableRow<CallerRow> behindRow() {
        var row = new TableRow<CallerRow>();
        InvalidationListener mark = o -> row.pseudoClassStateChanged(BEHIND,
                row.getItem() != null && row.getItem().dayProperty().get().behind());
        row.itemProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.dayProperty().removeListener(mark);
            }
            if (now != null) {
                now.dayProperty().addListener(mark);
            }
            mark.invalidated(null);
        });
        return row;
    }

    /** A column of the caller's day as text; red and bold where {@code alarm} says they are behind. */
    private void column(TableColumn<CallerRow, CallerDay> column, Function<CallerDay, String> text,
                        Predicate<CallerDay> alarm) {
        column.setCellValueFactory(c -> c.getValue().dayProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CallerDay day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : text.apply(day));
                getStyleClass().remove("alarm");
                if (!empty && day != null && alarm.test(day)) {
                    getStyleClass().add("alarm");
                }
            }
        });
    }

    /** A coloured dot and where the caller is: on shift since, the pause's reason and minutes, away. */
    private final class StatusCell extends TableCell<CallerRow, CallerDay> {
        private final Circle dot = new Circle(5);

        StatusCell() {
            dot.getStyleClass().add("dot");
        }

        @Override
        protected void updateItem(CallerDay day, boolean empty) {
            super.updateItem(day, empty);
            if (empty || day == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            dot.getStyleClass().removeAll("on-shift", "in-pause", "away");
            dot.getStyleClass().add(switch (day.presence()) {
                case ON_SHIFT -> "on-shift";
                case IN_PAUSE -> "in-pause";
                case AWAY -> "away";
            });
            setGraphic(dot);
            setText(status(day));
        }
    }

    private String status(CallerDay day) {
        var at = model.todayProperty().get().at();
        return switch (day.presence()) {
            case ON_SHIFT -> i18n.get("dashboard.status.on.shift", TIME.format(day.since().atZone(zone)));
            case IN_PAUSE -> i18n.get("dashboard.status.pause", i18n.get("shift.pause.reason." + day.pauseReason()),
                    Duration.between(day.since(), at).toMinutes());
            case AWAY -> day.since() == null ? i18n.get("dashboard.status.away")
                    : i18n.get("dashboard.status.away.since", TIME.format(day.since().atZone(zone)));
        };
    }

    private String pace(CallerDay day) {
        if (day.pace() == null) {
            return "—";
        }
        return day.pace() == 0 ? i18n.get("dashboard.pace.done")
                : i18n.get("dashboard.pace", Math.round(Math.ceil(day.pace())));
    }

    private String talk(long seconds) {
        long minutes = seconds / 60;
        return minutes < 60 ? i18n.get("dashboard.talk.minutes", minutes)
                : i18n.get("dashboard.talk.hours", minutes / 60, String.format("%02d", minutes % 60));
    }

    private void showToday(Today today) {
        if (today == null) {
            return;
        }
        updatedLabel.setText(i18n.get("dashboard.updated", SECONDS.format(today.at().atZone(zone))));
        var leads = today.leads();
        leadsBanner.getStyleClass().removeAll("lagging", "on-track", "no-target");
        if (leads.neededToday() == 0) {
            leadsBanner.getStyleClass().add("no-target");
            leadsBanner.setText(i18n.get("dashboard.leads.none", leads.done()));
            return;
        }
        leadsBanner.getStyleClass().add(leads.lagging() ? "lagging" : "on-track");
        var text = i18n.get(leads.lagging() ? "dashboard.leads.lagging" : "dashboard.leads.on.track", leads.done(),
                leads.dueByNow(), leads.neededToday());
        var behind = today.callers().stream().filter(CallerDay::leadsBehind).map(CallerDay::name)
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
        leadsBanner.setText(behind.isEmpty() ? text : text + " " + i18n.get("dashboard.leads.behind", behind));
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }

    /** Inbound requests waiting past the supervisor's limit: each with whose it is and for how long. */
    private void showWaiting() {
        var waiting = model.waiting();
        inboundBanner.setVisible(!waiting.isEmpty());
        inboundBanner.setManaged(!waiting.isEmpty());
        var each = waiting.stream().limit(5).map(w -> i18n.get("dashboard.inbound.one", w.request().company(),
                w.request().callerName() == null ? i18n.get("dashboard.inbound.nobody") : w.request().callerName(),
                w.waiting().toMinutes())).collect(java.util.stream.Collectors.joining("; "));
        inboundBanner.setText(i18n.get("dashboard.inbound", waiting.size(), each)
                + (waiting.size() > 5 ? " …" : ""));
    }
}
