package app.obzvon.ui.audit;

import app.obzvon.access.Person;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditEntry;
import app.obzvon.audit.AuditFilter;
import app.obzvon.audit.AuditLog;
import app.obzvon.common.Errors;
import app.obzvon.team.People;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/** The audit log with its filters (who, what, period), and the rows saved as XLSX. Read-only. */
public final class AuditViewModel {

    private final BusyTasks tasks;
    private final AuditLog audit;
    private final People people;
    private final Clock clock;
    private final Function<String, String> texts;

    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public AuditViewModel(UiTasks tasks, AuditLog audit, People people, Clock clock, Function<String, String> texts) {
        this.tasks = new BusyTasks(tasks);
        this.audit = audit;
        this.people = people;
        this.clock = clock;
        this.texts = texts;
        for (Observable filter : List.of(person, action, from, to)) {
            filter.addListener(o -> refresh());
        }
    }

    public void load() {
        run(people::all, all -> {
            persons.setAll(all);
            refresh();
        });
    }

    /** The period is whole days in the supervisor's zone, "to" included. */
    public AuditFilter filter() {
        var zone = clock.getZone();
        return new AuditFilter(person.get() == null ? null : person.get().id(), action.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void refresh() {
        var filter = filter();
        run(() -> audit.find(filter), found -> {
            rows.setAll(found);
            notice.set(found.size() >= AuditLog.SHOWN ? Notice.info("audit.shown.limit", AuditLog.SHOWN) : null);
        });
    }

    public void save(Path file) {
        var filter = filter();
        run(() -> audit.save(filter, file, clock.getZone(), texts), saved -> {
            notice.set(Notice.info("audit.saved", saved, file.getFileName().toString()));
            refresh();
        });
    }

    public String suggestedFileName() {
        return "audit-" + LocalDate.now(clock) + ".xlsx";
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess).onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    public ObservableList<AuditEntry> rows() { return rows; }
    public ObservableList<Person> persons() { return persons; }
    public ObjectProperty<Person> personProperty() { return person; }
    public ObjectProperty<AuditAction> actionProperty() { return action; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
