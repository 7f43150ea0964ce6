package app.obzvon.ui.people;

import app.obzvon.access.Person;
import app.obzvon.common.Errors;
import app.obzvon.common.RefusedException;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.TargetPreset;
import app.obzvon.shift.Shifts;
import app.obzvon.team.CallerTarget;
import app.obzvon.team.Targets;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The selected person's own targets (calls a day as a preset, a number or the queue's; the leads a
 * day the next stage needs of them; their usual shift), and whether shifts start with sign-in.
 * Writes its notices to the people window's status line.
 */
public final class TargetViewModel {

    /** The choice of where the calls a day come from: the queue's target, a preset, or a number typed. */
    public sealed interface Source permits QueueTarget, Preset, OwnNumber {
    }

    public record QueueTarget() implements Source {
    }

    public record Preset(TargetPreset preset) implements Source {
    }

    public record OwnNumber() implements Source {
    }

    private final BusyTasks tasks;
    private final Targets targets;
    private final Shifts shifts;
    private final Consumer<Notice> tell;
    private final Map<Long, CallerTarget> all = new HashMap<>();

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(new QueueTarget());
    private final IntegerProperty calls = new SimpleIntegerProperty(CallQueue.DEFAULT_TARGET);
    private final IntegerProperty leads = new SimpleIntegerProperty(0);
    /** Hours of the usual shift; 0: a full day. */
    private final IntegerProperty shiftHours = new SimpleIntegerProperty(0);
    private final BooleanProperty startsAtSignIn = new SimpleBooleanProperty(true);
    private Person person;

    public TargetViewModel(UiTasks tasks, Targets targets, Shifts shifts, Consumer<Notice> tell) {
        this.tasks = new BusyTasks(tasks);
        this.targets = targets;
        this.shifts = shifts;
        this.tell = tell;
        source.addListener((obs, old, now) -> {
            if (now instanceof Preset p) {
                calls.set(p.preset().target());
            }
        });
    }

    private record Loaded(Map<Long, CallerTarget> targets, boolean startsAtSignIn) {
    }

    public void load() {
        run(() -> new Loaded(targets.all(), shifts.startsAtSignIn()), loaded -> {
            all.clear();
            all.putAll(loaded.targets());
            startsAtSignIn.set(loaded.startsAtSignIn());
            show(person);
        });
    }

    /** The person picked in the list. */
    public void show(Person picked) {
        person = picked;
        var t = picked == null ? CallerTarget.NONE : all.getOrDefault(picked.id(), CallerTarget.NONE);
        source.set(t.preset() != null ? new Preset(t.preset()) : t.calls() != null ? new OwnNumber() : new QueueTarget());
        calls.set(t.calls() == null ? CallQueue.DEFAULT_TARGET : t.calls());
        leads.set(t.leads() == null ? 0 : t.leads());
        shiftHours.set(t.shift() == null ? 0 : (int) t.shift().toHours());
    }

    public void save() {
        var who = person;
        if (who == null) {
            return;
        }
        CallerTarget target;
        try {
            var chosen = source.get();
            Integer daily = chosen instanceof QueueTarget ? null : calls.get();
            target = new CallerTarget(daily, leads.get() == 0 ? null : leads.get(),
                    chosen instanceof Preset p ? p.preset() : null,
                    shiftHours.get() == 0 ? null : Duration.ofHours(shiftHours.get()));
        } catch (RefusedException refused) {
            tell.accept(Notice.error(refused.key(), refused.args().toArray()));
            return;
        }
        run(() -> {
            targets.set(who.id(), target);
            return target;
        }, saved -> {
            all.put(who.id(), saved);
            tell.accept(Notice.info("people.target.saved", who.name()));
        });
    }

    public void saveShiftStart() {
        boolean atSignIn = startsAtSignIn.get();
        run(() -> {
            shifts.setStartsAtSignIn(atSignIn);
            return atSignIn;
        }, saved -> tell.accept(Notice.info(saved ? "people.shift.start.saved.sign.in" : "people.shift.start.saved.by.hand")));
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess).onError(error -> tell.accept(error instanceof RefusedException refused
                ? Notice.error(refused.key(), refused.args().toArray())
                : Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    public ObjectProperty<Source> sourceProperty() { return source; }
    public IntegerProperty callsProperty() { return calls; }
    public IntegerProperty leadsProperty() { return leads; }
    public IntegerProperty shiftHoursProperty() { return shiftHours; }
    public BooleanProperty startsAtSignInProperty() { return startsAtSignIn; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
