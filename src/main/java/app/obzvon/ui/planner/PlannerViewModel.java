package app.obzvon.ui.planner;

import app.obzvon.common.Errors;
import app.obzvon.common.RefusedException;
import app.obzvon.planning.Conversion;
import app.obzvon.planning.Goal;
import app.obzvon.planning.KpiPlan;
import app.obzvon.planning.Period;
import app.obzvon.planning.PlanInputs;
import app.obzvon.planning.PlanLine;
import app.obzvon.planning.PlanResult;
import app.obzvon.planning.Planner;
import app.obzvon.planning.SavedPlan;
import app.obzvon.planning.TeamMember;
import app.obzvon.planning.TeamShare;
import app.obzvon.queue.CallQueue;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The KPI planner: the period and the inputs as typed, the plan worked out again at each change (in
 * memory, no base), the team's share of it read from the base, and the three steps that touch the
 * base: save the period's plan, fill the conversions from history, make the share the callers'
 * targets. A field that cannot be read leaves no plan and says why.
 */
public final class PlannerViewModel {

    private final BusyTasks tasks;
    private final Planner planner;
    private final Figures figures;

    private final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>();
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>(Goal.REVENUE);
    private final StringProperty goalAmount = new SimpleStringProperty("");
    private final StringProperty margin = new SimpleStringProperty("");
    private final StringProperty averageDeal = new SimpleStringProperty("");
    private final Map<Conversion, StringProperty> conversions = new EnumMap<>(Conversion.class);
    private final StringProperty workingDays = new SimpleStringProperty("");
    private final StringProperty callerCalls = new SimpleStringProperty("80");
    private final ObjectProperty<Integer> historyDays = new SimpleObjectProperty<>(Planner.HISTORY_DAYS.get(0));

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamShare> share = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> teamNotice = new SimpleObjectProperty<>();
    /** Read from the base when the window opens and after targets change; the share is worked out from it in memory. */
    private List<TeamMember> team = List.of();
    private final ObjectProperty<SavedPlan> saved = new SimpleObjectProperty<>();
    private final ObservableList<PlanLine> historyNotes = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    /** While a saved plan fills the fields: one plan worked out at the end, not one per field. */
    private boolean filling;

    public PlannerViewModel(UiTasks tasks, Planner planner, Clock clock, Locale locale) {
        this.tasks = new BusyTasks(tasks);
        this.planner = planner;
        this.figures = new Figures(locale);
        for (var c : Conversion.values()) {
            conversions.put(c, new SimpleStringProperty(""));
        }
        var inputs = new ArrayList<Observable>(List.of(goal, goalAmount, margin, averageDeal, workingDays, callerCalls));
        inputs.addAll(conversions.values());
        inputs.forEach(o -> o.addListener(x -> changed()));
        first.addListener(x -> periodChanged());
        last.addListener(x -> periodChanged());
        var month = YearMonth.now(clock);
        filling = true;
        first.set(month.atDay(1));
        last.set(month.atEndOfMonth());
        filling = false;
    }

    /** The team, and this month's plan if one was saved. */
    public void load() {
        run(planner::team, found -> {
            team = found;
            periodChanged();
        });
    }

    /** The inputs as typed, or refused with the first one, in the form's order, that cannot be read. */
    private PlanInputs inputs() {
        long amount = read(figures.money(goalAmount.get()), "planner.refused.goal");
        var marginRead = figures.percent(margin.get());
        if (marginRead == null && (goal.get() == Goal.PROFIT || !margin.get().isBlank())) {
            throw new RefusedException("planner.refused.margin");
        }
        long deal = read(figures.money(averageDeal.get()), "planner.refused.deal");
        var rates = new EnumMap<Conversion, Integer>(Conversion.class);
        for (var c : Conversion.values()) {
            rates.put(c, read(figures.percent(conversions.get(c).get()), "planner.refused.conversion"));
        }
        return new PlanInputs(goal.get(), amount, marginRead, deal, rates,
                read(figures.count(workingDays.get()), "planner.refused.days", Period.MAX_DAYS),
                read(figures.count(callerCalls.get()), "planner.refused.caller.calls", CallQueue.MIN_TARGET,
                        CallQueue.MAX_TARGET));
    }

    private static <T> T read(T value, String key, Object... args) {
        if (value == null) {
            throw new RefusedException(key, args);
        }
        return value;
    }

    private void periodChanged() {
        if (filling) {
            return;
        }
        Period chosen;
        try {
            chosen = new Period(first.get(), last.get());
        } catch (RefusedException e) {
            period.set(null);
            notice.set(Notice.error(e.key(), e.args().toArray()));
            return;
        }
        if (chosen.equals(period.get())) {
            // A date picker commits its text again as it loses the focus: the same days keep what was typed.
            return;
        }
        period.set(chosen);
        run(() -> planner.plan(chosen), found -> {
            saved.set(found.orElse(null));
            historyNotes.clear();
            fill(found.map(SavedPlan::inputs).orElse(null), chosen.weekdays());
        });
    }

    /** The fields from saved inputs; without any, only the working days follow the new period. */
    private void fill(PlanInputs in, int weekdays) {
        filling = true;
        try {
            if (in == null) {
                workingDays.set(String.valueOf(weekdays));
            } else {
                goal.set(in.goal());
                goalAmount.set(figures.money(in.goalAmount()));
                margin.set(in.margin() == null ? "" : figures.percent(in.margin()));
                averageDeal.set(figures.money(in.averageDeal()));
                in.conversions().forEach((c, rate) -> conversions.get(c).set(figures.percent(rate)));
                workingDays.set(String.valueOf(in.workingDays()));
                callerCalls.set(String.valueOf(in.callerCalls()));
            }
        } finally {
            filling = false;
        }
        changed();
    }

    /** Works the plan out again; its share among the team comes from the base. */
    private void changed() {
        if (filling) {
            return;
        }
        PlanResult plan;
        if (goalAmount.get().isBlank()) {
            // Nothing typed yet: no plan, and nothing to scold.
            result.set(null);
            share.set(null);
            notice.set(null);
            return;
        }
        try {
            plan = KpiPlan.of(inputs());
        } catch (RefusedException e) {
            result.set(null);
            share.set(null);
            notice.set(Notice.error(e.key(), e.args().toArray()));
            return;
        }
        if (notice.get() != null && notice.get().error()) {
            notice.set(null);
        }
        result.set(plan);
        shareAmongTheTeam();
    }

    private void shareAmongTheTeam() {
        try {
            share.set(TeamShare.of(result.get(), team));
            teamNotice.set(null);
        } catch (RefusedException e) {
            share.set(null);
            teamNotice.set(Notice.error(e.key(), e.args().toArray()));
        }
    }

    public void save() {
        var chosen = period.get();
        var in = checked();
        if (chosen == null || in == null) {
            return;
        }
        run(() -> planner.save(chosen, in), done -> {
            saved.set(done);
            notice.set(Notice.info("planner.saved.notice", chosen.first(), chosen.last()));
        });
    }

    public void fillFromHistory() {
        var in = checked();
        int days = historyDays.get();
        if (in == null) {
            return;
        }
        run(() -> planner.history(days), history -> {
            var filled = history.fill(in);
            filling = true;
            filled.inputs().conversions().forEach((c, rate) -> conversions.get(c).set(figures.percent(rate)));
            filling = false;
            historyNotes.setAll(filled.notes());
            changed();
            notice.set(Notice.info("planner.filled", days));
        });
    }

    /** Makes the share shown the callers' daily targets; the view asked for a confirmation first. */
    public void apply() {
        var confirmed = share.get();
        if (confirmed == null) {
            return;
        }
        run(() -> {
            planner.apply(confirmed);
            return planner.team();
        }, now -> {
            team = now;
            notice.set(Notice.info("planner.applied", confirmed.shares().size()));
            if (result.get() != null) {
                shareAmongTheTeam();
            }
        });
    }

    /** The inputs, or null with the reason shown: a step on bad input changes nothing. */
    private PlanInputs checked() {
        try {
            return inputs();
        } catch (RefusedException e) {
            notice.set(Notice.error(e.key(), e.args().toArray()));
            return null;
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess)
                .onError(RefusedException.class, e -> notice.set(Notice.error(e.key(), e.args().toArray())))
                .onError(this::failed).run();
    }

    private void failed(Throwable error) {
        notice.set(Notice.error("notice.action.failed", Errors.message(error)));
    }

    /** The money fields with their thousands separators, once the person leaves them. */
    public void tidy() {
        for (var field : List.of(goalAmount, averageDeal)) {
            var roubles = figures.money(field.get());
            if (roubles != null) {
                field.set(figures.money(roubles));
            }
        }
    }

    public ObjectProperty<LocalDate> firstProperty() { return first; }
    public ObjectProperty<LocalDate> lastProperty() { return last; }
    public ObjectProperty<Goal> goalProperty() { return goal; }
    public StringProperty goalAmountProperty() { return goalAmount; }
    public StringProperty marginProperty() { return margin; }
    public StringProperty averageDealProperty() { return averageDeal; }
    public StringProperty conversionProperty(Conversion c) { return conversions.get(c); }
    public StringProperty workingDaysProperty() { return workingDays; }
    public StringProperty callerCallsProperty() { return callerCalls; }
    public ObjectProperty<Integer> historyDaysProperty() { return historyDays; }
    public ReadOnlyObjectProperty<Period> periodProperty() { return period; }
    public ReadOnlyObjectProperty<PlanResult> resultProperty() { return result; }
    public ReadOnlyObjectProperty<TeamShare> shareProperty() { return share; }
    public ReadOnlyObjectProperty<Notice> teamNoticeProperty() { return teamNotice; }
    public ReadOnlyObjectProperty<SavedPlan> savedProperty() { return saved; }
    public ObservableList<PlanLine> historyNotes() { return historyNotes; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
