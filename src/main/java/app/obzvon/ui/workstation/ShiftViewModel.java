package app.obzvon.ui.workstation;

import app.obzvon.call.DayProgress;
import app.obzvon.common.RefusedException;
import app.obzvon.shift.PauseReason;
import app.obzvon.shift.Shift;
import app.obzvon.shift.Shifts;
import app.obzvon.ui.common.FaultNotice;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The caller's shift on screen: start it, pause with a reason and resume, end it. The one writer of
 * the shift shown: its own steps, the door's sign-in ({@link #signedIn}) and the progress read again
 * (a shift changed on the person's other window, {@link #adopt}). Each step has the progress counted
 * again, since it counts from the shift's start and paces to its end.
 */
public final class ShiftViewModel {

    private final Tasks tasks;
    private final Consumer<Notice> tell;
    private final Runnable recount;
    private Shifts shifts;

    private final ObjectProperty<Shift> shift = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding paused = Bindings.createBooleanBinding(
            () -> shift.get() != null && shift.get().runningPause().isPresent(), shift);

    public ShiftViewModel(UiTasks tasks, Consumer<Notice> tell, Runnable recount) {
        this.tasks = new Tasks(tasks);
        this.tell = tell;
        this.recount = recount;
    }

    /** A person signed in: their open shift (started by the sign-in, as the supervisor set), or none. */
    public void signedIn(Shifts opened, Shift open) {
        this.shifts = opened;
        shift.set(open);
    }

    /** Nobody signed in: no shift shown. */
    public void signedOut() {
        shift.set(null);
    }

    /** The progress read again brings the shift as the base has it (the person's other window may have changed it). */
    public void adopt(DayProgress progress) {
        if (progress != null && !busy.get() && !Objects.equals(progress.shift(), shift.get())) {
            shift.set(progress.shift());
        }
    }

    /** Starts a shift of this length; null: the person's usual one. */
    public void start(Duration planned) {
        step(() -> shifts.start(planned), "shift.started");
    }

    public void end() {
        step(() -> {
            shifts.end();
            return null;
        }, "shift.ended");
    }

    public void pause(PauseReason reason) {
        step(() -> shifts.pause(reason), null);
    }

    public void resume() {
        step(shifts::resume, null);
    }

    private void step(Callable<Shift> work, String said) {
        if (shifts == null || busy.get()) {
            return;
        }
        tasks.create(work).busy(busy).onSuccess(changed -> {
            shift.set(changed);
            recount.run();
            if (said != null) {
                tell.accept(Notice.info(said));
            }
        }).onError(RefusedException.class, refused -> tell.accept(Notice.error(refused.key(), refused.args().toArray())))
                .onError(error -> tell.accept(FaultNotice.of(error))).run();
    }

    public ReadOnlyObjectProperty<Shift> shiftProperty() { return shift; }

    public BooleanBinding pausedProperty() { return paused; }

    public BooleanProperty busyProperty() { return busy; }
}
