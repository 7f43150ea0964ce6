package app.obzvon.ui.queues;

import app.obzvon.common.Errors;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.CallingHours;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.QueueSettings;
import app.obzvon.queue.QueueSetup;
import app.obzvon.queue.WorkRules;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.script.ScriptSummary;
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
import javafx.collections.ObservableSet;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The supervisor's queue editor: one queue at a time, every setting as a property (the filter, the
 * script, the target, the calling hours, the working list and deadline). Saving checks the draft
 * and goes through {@link QueueSetup}, which audits it; a bad time says so and saves nothing.
 */
public final class QueuesViewModel {

    private final BusyTasks tasks;
    private final QueueSetup setup;
    private final ScriptLibrary scripts;
    /** Tells the caller's window its queues changed (a name, hours, a new queue). */
    private final Runnable changed;

    private final ObservableList<CallQueue> queues = FXCollections.observableArrayList();
    private final ObservableList<ScriptSummary> scriptList = FXCollections.observableArrayList();
    private final ObjectProperty<CallQueue> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableSet<ContactStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<CompanySize> sizes = FXCollections.observableSet();
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    /** A zone id; "" for any. */
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final ObjectProperty<Long> scriptId = new SimpleObjectProperty<>();
    private final IntegerProperty dailyTarget = new SimpleIntegerProperty(CallQueue.DEFAULT_TARGET);
    private final StringProperty opens = new SimpleStringProperty("");
    private final StringProperty closes = new SimpleStringProperty("");
    private final ObservableSet<DayOfWeek> days = FXCollections.observableSet();
    /** Both blank: no lunch break. */
    private final StringProperty lunchFrom = new SimpleStringProperty("");
    private final StringProperty lunchTo = new SimpleStringProperty("");
    private final IntegerProperty workingList = new SimpleIntegerProperty(WorkRules.DEFAULT.workingList());
    private final IntegerProperty deadlineDays = new SimpleIntegerProperty(WorkRules.DEFAULT.deadlineDays());
    private final ObjectProperty<ContactStatus> expireTo = new SimpleObjectProperty<>(WorkRules.DEFAULT.expireTo());
    private final BooleanProperty sharedCallbacks = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public QueuesViewModel(UiTasks tasks, QueueSetup setup, ScriptLibrary scripts, Runnable changed) {
        this.tasks = new BusyTasks(tasks);
        this.setup = setup;
        this.scripts = scripts;
        this.changed = changed;
        selected.addListener((obs, old, queue) -> fill(queue));
    }

    private record Loaded(List<CallQueue> queues, List<ScriptSummary> scripts) {
    }

    public void load() {
        run(() -> new Loaded(setup.all(), scripts.all()), loaded -> {
            scriptList.setAll(loaded.scripts());
            show(loaded.queues(), null);
        });
    }

    /** A new queue over the whole base; the editor shows it to narrow. */
    public void add(String queueName) {
        if (queueName == null || queueName.isBlank()) {
            notice.set(Notice.error("queues.name.missing"));
            return;
        }
        run(() -> setup.add(queueName), all -> {
            show(all, all.get(all.size() - 1).id());
            notice.set(Notice.info("queues.added", queueName.strip()));
            changed.run();
        });
    }

    public void save() {
        var queue = selected.get();
        if (queue == null) {
            return;
        }
        var settings = draft();
        if (settings.isEmpty()) {
            return;
        }
        run(() -> setup.save(queue.id(), settings.get()), all -> {
            show(all, queue.id());
            notice.set(Notice.info("queues.saved", settings.get().name()));
            changed.run();
        });
    }

    /** The settings on screen, or empty with the notice saying what is wrong. */
    Optional<QueueSettings> draft() {
        try {
            var hours = new CallingHours(time(opens.get(), "queues.time.bad.opens"), time(closes.get(), "queues.time.bad.closes"),
                    days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days),
                    lunchFrom.get().isBlank() ? null : time(lunchFrom.get(), "queues.time.bad.lunch"),
                    lunchTo.get().isBlank() ? null : time(lunchTo.get(), "queues.time.bad.lunch"));
            var filter = new QueueFilter(statuses, sizes, category.get(), region.get(), source.get(),
                    timeZone.get() == null || timeZone.get().isBlank() ? null : timeZone.get());
            var work = new WorkRules(workingList.get(), deadlineDays.get(), expireTo.get(), sharedCallbacks.get());
            return Optional.of(new QueueSettings(name.get(), filter, scriptId.get(), dailyTarget.get(), hours, work));
        } catch (BadTime e) {
            notice.set(Notice.error(e.key, e.text));
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(problem(), Errors.message(e)));
        }
        return Optional.empty();
    }

    /** Which rule of the draft fails: said in the user's words, not the exception's. */
    private String problem() {
        if (name.get() == null || name.get().isBlank()) {
            return "queues.name.missing";
        }
        if (days.isEmpty()) {
            return "queues.days.none";
        }
        if (lunchFrom.get().isBlank() != lunchTo.get().isBlank()) {
            return "queues.lunch.half";
        }
        return "queues.hours.bad";
    }

    /** @param key the notice that says which time is wrong */
    private static LocalTime time(String text, String key) {
        var t = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new BadTime(key, t);
        }
    }

    private static final class BadTime extends RuntimeException {
        final String key;
        final String text;

        BadTime(String key, String text) {
            super(key, null, false, false);
            this.key = key;
            this.text = text;
        }
    }

    private void show(List<CallQueue> all, Long select) {
        var keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        queues.setAll(all);
        var pick = all.stream().filter(q -> keep != null && q.id() == keep).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        // The same queue saved comes back as a new record: show its settings as stored.
        selected.set(null);
        selected.set(pick);
    }

    private void fill(CallQueue q) {
        if (q == null) {
            return;
        }
        var f = q.filter();
        name.set(q.name());
        statuses.clear();
        statuses.addAll(f.statuses());
        sizes.clear();
        sizes.addAll(f.sizes());
        category.set(nonNull(f.category()));
        region.set(nonNull(f.region()));
        source.set(nonNull(f.source()));
        timeZone.set(nonNull(f.timeZone()));
        scriptId.set(q.scriptId());
        dailyTarget.set(q.dailyTarget());
        var h = q.hours();
        opens.set(h.opens().toString());
        closes.set(h.closes().toString());
        days.clear();
        days.addAll(h.days());
        lunchFrom.set(h.hasLunch() ? h.lunchFrom().toString() : "");
        lunchTo.set(h.hasLunch() ? h.lunchTo().toString() : "");
        workingList.set(q.work().workingList());
        deadlineDays.set(q.work().deadlineDays());
        expireTo.set(q.work().expireTo());
        sharedCallbacks.set(q.work().sharedCallbacks());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        tasks.create(work).onSuccess(done).onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    public ObservableList<CallQueue> queues() { return queues; }
    public ObservableList<ScriptSummary> scripts() { return scriptList; }
    public ObjectProperty<CallQueue> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public ObservableSet<ContactStatus> statuses() { return statuses; }
    public ObservableSet<CompanySize> sizes() { return sizes; }
    public StringProperty categoryProperty() { return category; }
    public StringProperty regionProperty() { return region; }
    public StringProperty sourceProperty() { return source; }
    public StringProperty timeZoneProperty() { return timeZone; }
    public ObjectProperty<Long> scriptIdProperty() { return scriptId; }
    public IntegerProperty dailyTargetProperty() { return dailyTarget; }
    public StringProperty opensProperty() { return opens; }
    public StringProperty closesProperty() { return closes; }
    public ObservableSet<DayOfWeek> days() { return days; }
    public StringProperty lunchFromProperty() { return lunchFrom; }
    public StringProperty lunchToProperty() { return lunchTo; }
    public IntegerProperty workingListProperty() { return workingList; }
    public IntegerProperty deadlineDaysProperty() { return deadlineDays; }
    public ObjectProperty<ContactStatus> expireToProperty() { return expireTo; }
    public BooleanProperty sharedCallbacksProperty() { return sharedCallbacks; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
