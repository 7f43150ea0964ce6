package app.obzvon.ui.people;

import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.common.Errors;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueSetup;
import app.obzvon.team.NameTakenException;
import app.obzvon.team.People;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.NewPin;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The supervisor's people: who can sign in, with which role and queues, their PINs, and how soon an
 * idle screen locks. Every change goes through {@link People}, which checks and audits it.
 */
public final class PeopleViewModel {

    private final BusyTasks tasks;
    private final People people;
    private final QueueSetup queueSetup;

    private final ObservableList<Person> all = FXCollections.observableArrayList();
    private final ObservableList<CallQueue> queues = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    /** The queues given to the selected person, as ticked on screen. */
    private final ObservableSet<Long> given = FXCollections.observableSet();
    private final IntegerProperty lockAfterMinutes = new SimpleIntegerProperty(10);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public PeopleViewModel(UiTasks tasks, People people, QueueSetup queueSetup) {
        this.tasks = new BusyTasks(tasks);
        this.people = people;
        this.queueSetup = queueSetup;
        selected.addListener((obs, old, person) -> loadQueues(person));
    }

    private record Loaded(List<Person> people, List<CallQueue> queues, Duration lockAfter) {
    }

    public void load() {
        run(() -> new Loaded(people.all(), queueSetup.all(), people.lockAfter()), loaded -> {
            queues.setAll(loaded.queues());
            lockAfterMinutes.set((int) loaded.lockAfter().toMinutes());
            showPeople(loaded.people(), null);
        });
    }

    private void showPeople(List<Person> list, Long select) {
        var keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        all.setAll(list);
        selected.set(list.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    private void loadQueues(Person person) {
        given.clear();
        if (person == null) {
            return;
        }
        run(() -> people.queues(person.id()), ids -> {
            if (selected.get() == person) {
                given.clear();
                given.addAll(ids);
            }
        });
    }

    /** A new caller or supervisor with a first PIN (typed twice); new people get every queue. */
    public void add(String name, Role role, String pin, String pinAgain) {
        if (name == null || name.isBlank()) {
            notice.set(Notice.error("people.name.missing"));
            return;
        }
        if (!newPin(pin, pinAgain)) {
            return;
        }
        var everyQueue = new HashSet<Long>();
        queues.forEach(q -> everyQueue.add(q.id()));
        run(() -> {
            var added = people.add(name, role, pin, everyQueue);
            return new Changed(people.all(), added.id());
        }, changed -> {
            showPeople(changed.people(), changed.select());
            notice.set(Notice.info("people.added", name.strip()));
        });
    }

    public void rename(String name) {
        var person = selected.get();
        if (person == null || name == null || name.isBlank()) {
            notice.set(Notice.error("people.name.missing"));
            return;
        }
        change(() -> people.rename(person.id(), name), Notice.info("people.renamed", person.name(), name.strip()));
    }

    public void resetPin(String pin, String pinAgain) {
        var person = selected.get();
        if (person == null || !newPin(pin, pinAgain)) {
            return;
        }
        change(() -> people.resetPin(person.id(), pin), Notice.info("people.pin.reset", person.name()));
    }

    public void setRole(Role role) {
        var person = selected.get();
        if (person == null || role == null || role == person.role()) {
            return;
        }
        change(() -> people.setRole(person.id(), role), Notice.info("people.role.set", person.name()));
    }

    /** Deactivates an active person (history kept) or lets a deactivated one sign in again. */
    public void toggleActive() {
        var person = selected.get();
        if (person == null) {
            return;
        }
        if (person.active()) {
            change(() -> people.deactivate(person.id()), Notice.info("people.deactivated", person.name()));
        } else {
            change(() -> people.activate(person.id()), Notice.info("people.activated", person.name()));
        }
    }

    public void saveQueues() {
        var person = selected.get();
        if (person == null) {
            return;
        }
        Set<Long> ids = Set.copyOf(given);
        run(() -> {
            people.setQueues(person.id(), ids);
            return ids.size();
        }, count -> notice.set(Notice.info("people.queues.saved", person.name(), count)));
    }

    public void saveLockAfter(int minutes) {
        run(() -> {
            people.setLockAfter(Duration.ofMinutes(minutes));
            return minutes;
        }, saved -> {
            lockAfterMinutes.set(saved);
            notice.set(Notice.info("people.lock.saved", saved));
        });
    }

    private record Changed(List<Person> people, Long select) {
    }

    private void change(Runnable work, Notice done) {
        run(() -> {
            work.run();
            return new Changed(people.all(), null);
        }, changed -> {
            showPeople(changed.people(), null);
            notice.set(done);
        });
    }

    private boolean newPin(String pin, String pinAgain) {
        var problem = NewPin.problem(pin, pinAgain);
        if (problem != null) {
            notice.set(problem);
        }
        return problem == null;
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess).onError(error -> notice.set(error instanceof NameTakenException taken
                ? Notice.error("people.name.taken", taken.name())
                : error instanceof app.obzvon.common.RefusedException refused
                ? Notice.error(refused.key(), refused.args().toArray())
                : Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    /** A line for the window's status line from one of its parts (the targets): the one place it is written. */
    public void tell(Notice told) {
        notice.set(told);
    }

    public ObservableList<Person> people() { return all; }
    public ObservableList<CallQueue> queues() { return queues; }
    public ObjectProperty<Person> selectedProperty() { return selected; }
    public ObservableSet<Long> given() { return given; }
    public IntegerProperty lockAfterMinutesProperty() { return lockAfterMinutes; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
