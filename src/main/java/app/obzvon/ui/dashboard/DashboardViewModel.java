package app.obzvon.ui.dashboard;

import app.obzvon.common.Errors;
import app.obzvon.figures.CallerDay;
import app.obzvon.figures.Coaching;
import app.obzvon.figures.Counts;
import app.obzvon.figures.Funnel;
import app.obzvon.figures.Period;
import app.obzvon.figures.TeamFigures;
import app.obzvon.inbound.InboundRequests;
import app.obzvon.inbound.WaitingRequest;
import app.obzvon.figures.Today;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The supervisor's dashboard: today read again every {@link #REFRESH} (each caller's day, the
 * team's leads, today's hours, funnel and coaching), added to the days before today, which are read
 * once for the trend's 7 or 30 days. Rows keep their identity from read to read, so the table keeps
 * its selection and only redraws what changed.
 */
public final class DashboardViewModel {

    public static final Duration REFRESH = Duration.ofSeconds(3);

    /** One caller's row: the same object from read to read, its day replaced. */
    public static final class CallerRow {
        private final long callerId;
        private final ReadOnlyObjectWrapper<CallerDay> day = new ReadOnlyObjectWrapper<>();

        CallerRow(CallerDay first) {
            callerId = first.callerId();
            day.set(first);
        }

        public long callerId() {
            return callerId;
        }

        public ReadOnlyObjectProperty<CallerDay> dayProperty() {
            return day.getReadOnlyProperty();
        }
    }

    /** Whose trend: the team's (no caller) or one caller's. */
    public record Whose(Long callerId, String name) {
        public static final Whose TEAM = new Whose(null, null);
    }

    public record TrendPoint(LocalDate day, Counts counts) {
    }

    /** Today's calls in one hour: the team's, and the selected caller's (null when none is). */
    public record HourBar(int hour, int team, Integer caller) {
    }

    private record Reading(Today today, Period before, List<WaitingRequest> waiting) {
    }

    private final Tasks tasks;
    private final TeamFigures figures;
    private final InboundRequests inbound;
    /** Inbound requests not yet answered after the supervisor's limit, oldest first. */
    private final ObservableList<WaitingRequest> waiting = FXCollections.observableArrayList();
    private final Clock clock;

    private final ObservableList<CallerRow> callers = FXCollections.observableArrayList();
    private final ObjectProperty<CallerRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Today> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Period> period = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty days = new SimpleIntegerProperty(7);
    private final ObservableList<Whose> whoseChoices = FXCollections.observableArrayList(Whose.TEAM);
    private final ObjectProperty<Whose> whose = new SimpleObjectProperty<>(Whose.TEAM);
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final ObservableList<HourBar> hours = FXCollections.observableArrayList();
    private final ObservableList<Funnel.Bar> funnel = FXCollections.observableArrayList();
    private final ObservableList<Coaching.Ending> endings = FXCollections.observableArrayList();
    private final BooleanProperty readingDays = new SimpleBooleanProperty(true);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    /** The days before today, kept between reads: only today is read again. */
    private Period before;
    private boolean inFlight;
    private boolean again;

    public DashboardViewModel(UiTasks tasks, TeamFigures figures, InboundRequests inbound, Clock clock) {
        this.tasks = new Tasks(tasks);
        this.figures = figures;
        this.inbound = inbound;
        this.clock = clock;
        selected.addListener((obs, old, row) -> {
            if (row != null) {
                whoseChoices.stream().filter(w -> Objects.equals(w.callerId(), row.callerId())).findFirst()
                        .ifPresent(whose::set);
            }
            showSelected();
        });
        whose.addListener((obs, old, now) -> showTrend());
        days.addListener((obs, old, now) -> {
            readingDays.set(true);
            refresh();
        });
    }

    /**
     * Reads today again, and the days before it when the trend's length or the day changed. A read
     * still running is not doubled: one more follows it.
     */
    public void refresh() {
        if (inFlight) {
            again = true;
            return;
        }
        inFlight = true;
        var known = before;
        int wanted = days.get();
        var zone = clock.getZone();
        tasks.create(() -> {
            // Requests that came in while nobody was on shift go out once someone is: the supervisor's look hands them out.
            inbound.handOut();
            var waiting = inbound.waiting(inbound.settings().waitingTooLong());
            var live = figures.today();
            var midnight = live.period().from();
            var first = midnight.atZone(zone).toLocalDate().minusDays(wanted - 1L).atStartOfDay(zone).toInstant();
            boolean same = known != null && known.from().equals(first) && known.to().equals(midnight);
            return new Reading(live, same ? known : figures.period(first, midnight), waiting);
        }).onSuccess(this::show)
                .onError(error -> notice.set(Notice.error("dashboard.failed", Errors.message(error))))
                .andFinally(() -> {
                    inFlight = false;
                    if (again) {
                        again = false;
                        refresh();
                    }
                }).run();
    }

    private void show(Reading reading) {
        before = reading.before();
        readingDays.set(false);
        notice.set(null);
        today.set(reading.today());
        waiting.setAll(reading.waiting());
        period.set(before.then(reading.today().period()));
        showRows(reading.today().callers());
        var choices = new ArrayList<Whose>();
        choices.add(Whose.TEAM);
        reading.today().callers().forEach(c -> choices.add(new Whose(c.callerId(), c.name())));
        period.get().callers().stream().filter(c -> choices.stream().noneMatch(w -> Objects.equals(w.callerId(),
                c.callerId()))).forEach(c -> choices.add(new Whose(c.callerId(), c.name())));
        // A picker whose list is replaced lets go of its value a moment: the choice is kept here.
        Long chosen = whose.get() == null ? null : whose.get().callerId();
        if (!choices.equals(whoseChoices)) {
            whoseChoices.setAll(choices);
        }
        whose.set(choices.stream().filter(w -> Objects.equals(w.callerId(), chosen)).findFirst()
                .orElse(Whose.TEAM));
        funnel.setAll(period.get().funnel().bars());
        showTrend();
        showSelected();
    }

    /** Each row keeps its object; the list changes only when someone comes or goes. */
    private void showRows(List<CallerDay> days) {
        var ids = days.stream().map(CallerDay::callerId).toList();
        if (ids.equals(callers.stream().map(CallerRow::callerId).toList())) {
            IntStream.range(0, days.size()).forEach(i -> callers.get(i).day.set(days.get(i)));
            return;
        }
        Map<Long, CallerRow> known = callers.stream().collect(Collectors.toMap(CallerRow::callerId, Function.identity()));
        callers.setAll(days.stream().map(day -> {
            var row = known.get(day.callerId());
            if (row == null) {
                return new CallerRow(day);
            }
            row.day.set(day);
            return row;
        }).toList());
        if (selected.get() != null && !callers.contains(selected.get())) {
            selected.set(null);
        }
    }

    private void showTrend() {
        var whole = period.get();
        if (whole == null) {
            return;
        }
        Long id = whose.get() == null ? null : whose.get().callerId();
        var counts = id == null ? whole.days().team() : whole.days().caller(id);
        var points = IntStream.range(0, counts.size())
                .mapToObj(i -> new TrendPoint(whole.days().days().get(i), counts.get(i))).toList();
        if (!points.equals(trend)) {
            trend.setAll(points);
        }
    }

    /** Today's hours with the selected caller's beside the team's, and where their conversations end. */
    private void showSelected() {
        var live = today.get();
        if (live == null) {
            return;
        }
        var row = selected.get();
        var team = live.period().hours().team();
        var own = row == null ? null : live.period().hours().caller(row.callerId());
        var bars = IntStream.range(0, 24).mapToObj(h -> new HourBar(h, team.get(h), own == null ? null : own.get(h)))
                .toList();
        if (!bars.equals(hours)) {
            hours.setAll(bars);
        }
        var ends = row == null ? List.<Coaching.Ending>of() : period.get().coaching().of(row.callerId());
        if (!ends.equals(endings)) {
            endings.setAll(ends);
        }
    }

    public ObservableList<WaitingRequest> waiting() {
        return waiting;
    }

    public ObservableList<CallerRow> callers() {
        return callers;
    }

    public ObjectProperty<CallerRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Today> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The trend's days, today included, as last read. */
    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** The trend's length: 7 or 30 days, today included. */
    public IntegerProperty daysProperty() {
        return days;
    }

    public ObservableList<Whose> whoseChoices() {
        return whoseChoices;
    }

    public ObjectProperty<Whose> whoseProperty() {
        return whose;
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    public ObservableList<HourBar> hours() {
        return hours;
    }

    public ObservableList<Funnel.Bar> funnel() {
        return funnel;
    }

    public ObservableList<Coaching.Ending> endings() {
        return endings;
    }

    /** True until the trend's days are read (at the start, and after switching between 7 and 30). */
    public ReadOnlyBooleanProperty readingDaysProperty() {
        return readingDays;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
