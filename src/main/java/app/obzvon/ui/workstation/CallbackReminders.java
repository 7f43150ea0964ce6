package app.obzvon.ui.workstation;

import app.obzvon.calling.CallingSession;
import app.obzvon.queue.Callback;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the caller when one of their callbacks falls due, whatever they are doing: the list is read
 * in the background every {@link #LOOK_EVERY}, and each callback (a company at a time) is told
 * once. The view shows it as a notification; the callback itself comes next in the queue.
 */
public final class CallbackReminders {

    static final Duration LOOK_EVERY = Duration.ofSeconds(30);

    /** The callbacks that fell due since the last look: the first of them, and how many there are. */
    public record Reminder(Callback first, int count) {
    }

    private final Tasks tasks;
    private final ObjectProperty<Reminder> reminder = new SimpleObjectProperty<>();
    private final Set<Callback> told = new HashSet<>();
    private Instant lastLook = Instant.EPOCH;
    private boolean looking;

    public CallbackReminders(UiTasks tasks) {
        this.tasks = new Tasks(tasks);
    }

    /** Called by the screen's clock; looks again once {@link #LOOK_EVERY} has passed. */
    void tick(Instant now, CallingSession session) {
        if (session == null || looking || now.isBefore(lastLook.plus(LOOK_EVERY))) {
            return;
        }
        lastLook = now;
        looking = true;
        tasks.create(session::callbacks).onSuccess(callbacks -> {
            looking = false;
            tell(callbacks, now);
        }).onError(error -> looking = false).run();
    }

    private void tell(List<Callback> callbacks, Instant now) {
        var due = callbacks.stream().filter(c -> !c.at().isAfter(now)).filter(c -> !told.contains(c)).toList();
        if (!due.isEmpty()) {
            told.addAll(due);
            reminder.set(new Reminder(due.get(due.size() - 1), due.size()));
        }
    }

    /** A new person at the window: nothing of the last one's is told again or kept. */
    void reset() {
        told.clear();
        reminder.set(null);
        lastLook = Instant.EPOCH;
    }

    public ReadOnlyObjectProperty<Reminder> reminderProperty() {
        return reminder;
    }
}
