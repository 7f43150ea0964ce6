package app.obzvon.ui.rules;

import app.obzvon.call.NextCall;
import app.obzvon.call.Outcome;
import app.obzvon.common.RefusedException;
import app.obzvon.call.RuleTable;
import app.obzvon.call.StatusChange;
import app.obzvon.common.Errors;
import app.obzvon.settings.CallingRules;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The rule table without a window: the outcomes, one at a time as properties, and the calling rules
 * they fall back on. Saving goes through {@link RuleTable}, which checks and audits; a refusal
 * comes back as a notice in the supervisor's words and nothing changes.
 */
public final class RulesViewModel {

    private final BusyTasks tasks;
    private final RuleTable rules;
    /** Tells the caller's window its outcome bar changed. */
    private final Runnable changed;

    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<Outcome> selected = new SimpleObjectProperty<>();
    private final StringProperty labelRu = new SimpleStringProperty("");
    private final StringProperty labelEn = new SimpleStringProperty("");
    /** 1..9; null: no key. */
    private final ObjectProperty<Integer> hotkey = new SimpleObjectProperty<>();
    /** #rrggbb; "" for the bar's own colours. */
    private final StringProperty colour = new SimpleStringProperty("");
    private final ObjectProperty<StatusChange> statusChange = new SimpleObjectProperty<>(StatusChange.KEEP);
    private final ObjectProperty<NextCall> nextCall = new SimpleObjectProperty<>(NextCall.NONE);
    /** 0: the calling rules' delay. */
    private final IntegerProperty retryMinutes = new SimpleIntegerProperty();
    /** 0: the calling rules' attempts. */
    private final IntegerProperty retryAttempts = new SimpleIntegerProperty();
    private final BooleanProperty asksReason = new SimpleBooleanProperty();
    private final BooleanProperty doNotCall = new SimpleBooleanProperty();
    private final BooleanProperty conversation = new SimpleBooleanProperty();
    private final BooleanProperty lead = new SimpleBooleanProperty();
    private final BooleanProperty meeting = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();

    private final IntegerProperty defaultRetryMinutes = new SimpleIntegerProperty();
    private final IntegerProperty defaultAttempts = new SimpleIntegerProperty();
    private final StringProperty workdayEnd = new SimpleStringProperty("");
    private final IntegerProperty recallDays = new SimpleIntegerProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public RulesViewModel(UiTasks tasks, RuleTable rules, Runnable changed) {
        this.tasks = new BusyTasks(tasks);
        this.rules = rules;
        this.changed = changed;
        selected.addListener((obs, old, outcome) -> fill(outcome));
    }

    private record Loaded(List<Outcome> outcomes, CallingRules rules) {
    }

    public void load() {
        run(() -> new Loaded(rules.outcomes(), rules.callingRules()), loaded -> {
            fillRules(loaded.rules());
            show(loaded.outcomes(), null);
        });
    }

    /** A new outcome, switched off: the editor shows it to set up. */
    public void add(String code) {
        run(() -> rules.add(code), all -> {
            show(all, all.get(all.size() - 1).id());
            notice.set(Notice.info("rules.added", code.strip()));
        });
    }

    public void save() {
        var o = selected.get();
        if (o == null) {
            return;
        }
        Outcome edited;
        try {
            edited = new Outcome(o.id(), o.code(), labelRu.get(), labelEn.get(), hotkey.get(),
                    colour.get() == null || colour.get().isBlank() ? null : colour.get(), statusChange.get(),
                    nextCall.get(), retryMinutes.get() <= 0 ? null : Duration.ofMinutes(retryMinutes.get()),
                    retryAttempts.get() <= 0 ? null : retryAttempts.get(), asksReason.get(), doNotCall.get(),
                    conversation.get(), lead.get(), meeting.get(), o.position(), active.get());
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error("rules.outcome.bad", Errors.message(e)));
            return;
        }
        run(() -> rules.save(edited), all -> {
            show(all, o.id());
            notice.set(Notice.info("rules.saved", o.code()));
            changed.run();
        });
    }

    public void saveCallingRules() {
        CallingRules edited;
        try {
            edited = new CallingRules(Duration.ofMinutes(defaultRetryMinutes.get()), defaultAttempts.get(),
                    LocalTime.parse(workdayEnd.get().strip()), Duration.ofDays(recallDays.get()));
        } catch (DateTimeParseException e) {
            notice.set(Notice.error("rules.workday.bad", workdayEnd.get()));
            return;
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error("rules.calling.bad", Errors.message(e)));
            return;
        }
        run(() -> rules.saveCallingRules(edited), saved -> {
            fillRules(saved);
            notice.set(Notice.info("rules.calling.saved"));
            changed.run();
        });
    }

    private void show(List<Outcome> all, Long select) {
        var keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        outcomes.setAll(all);
        var pick = all.stream().filter(o -> keep != null && o.id() == keep).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        selected.set(null);
        selected.set(pick);
    }

    private void fill(Outcome o) {
        if (o == null) {
            return;
        }
        labelRu.set(o.label() == null ? "" : o.label());
        labelEn.set(o.labelEn() == null ? "" : o.labelEn());
        hotkey.set(o.hotkey());
        colour.set(o.colour() == null ? "" : o.colour());
        statusChange.set(o.statusChange());
        nextCall.set(o.nextCall());
        retryMinutes.set(o.retryDelay() == null ? 0 : (int) o.retryDelay().toMinutes());
        retryAttempts.set(o.maxAttempts() == null ? 0 : o.maxAttempts());
        asksReason.set(o.asksReason());
        doNotCall.set(o.setsDoNotCall());
        conversation.set(o.conversation());
        lead.set(o.lead());
        meeting.set(o.meeting());
        active.set(o.active());
    }

    private void fillRules(CallingRules r) {
        defaultRetryMinutes.set((int) r.retryDelay().toMinutes());
        defaultAttempts.set(r.maxAttempts());
        workdayEnd.set(r.workdayEnd().toString());
        recallDays.set((int) r.recallAfter().toDays());
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        tasks.create(work).onSuccess(done).onError(error -> notice.set(error instanceof RefusedException r
                ? Notice.error(r.key(), r.args().toArray())
                : Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    public ObservableList<Outcome> outcomes() { return outcomes; }
    public ObjectProperty<Outcome> selectedProperty() { return selected; }
    public StringProperty labelRuProperty() { return labelRu; }
    public StringProperty labelEnProperty() { return labelEn; }
    public ObjectProperty<Integer> hotkeyProperty() { return hotkey; }
    public StringProperty colourProperty() { return colour; }
    public ObjectProperty<StatusChange> statusChangeProperty() { return statusChange; }
    public ObjectProperty<NextCall> nextCallProperty() { return nextCall; }
    public IntegerProperty retryMinutesProperty() { return retryMinutes; }
    public IntegerProperty retryAttemptsProperty() { return retryAttempts; }
    public BooleanProperty asksReasonProperty() { return asksReason; }
    public BooleanProperty doNotCallProperty() { return doNotCall; }
    public BooleanProperty conversationProperty() { return conversation; }
    public BooleanProperty leadProperty() { return lead; }
    public BooleanProperty meetingProperty() { return meeting; }
    public BooleanProperty activeProperty() { return active; }
    public IntegerProperty defaultRetryMinutesProperty() { return defaultRetryMinutes; }
    public IntegerProperty defaultAttemptsProperty() { return defaultAttempts; }
    public StringProperty workdayEndProperty() { return workdayEnd; }
    public IntegerProperty recallDaysProperty() { return recallDays; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
