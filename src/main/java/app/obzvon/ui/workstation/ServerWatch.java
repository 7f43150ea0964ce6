package app.obzvon.ui.workstation;

import app.obzvon.BaseLocation;
import app.obzvon.persistence.ServerFault;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The banner's state while a team's server does not answer: which server, and what became of the
 * step that met it (an outcome not saved, or one to be checked). Down, it asks the server every few
 * seconds on the database thread (one cheap statement; the pool reconnects by itself) and, once it
 * answers, hides the banner and tells its owner. No controls: the caller screen's view model owns it.
 */
public final class ServerWatch {

    /** Ticks (seconds) between one check that found the server away and the next. */
    static final int CHECK_EVERY = 3;

    private final Tasks tasks;
    private final BooleanProperty down = new SimpleBooleanProperty(false);
    private final StringProperty server = new SimpleStringProperty("");
    private final ObjectProperty<Notice> detail = new SimpleObjectProperty<>();
    private Runnable probe = () -> { };
    private Runnable onBack = () -> { };
    private int ticksToCheck;
    private boolean checking;
    /** Bumped by each reset: a check that was under way for another base is not this one's answer. */
    private int generation;

    ServerWatch(UiTasks tasks) {
        this.tasks = new Tasks(tasks);
    }

    /** The base's cheap statement, and what to do when it answers again; a new base starts with no banner. */
    void watch(Runnable probe, Runnable onBack) {
        this.probe = probe;
        this.onBack = onBack;
        reset();
    }

    /** No banner (a base opened, or switched): whatever was lost belonged to the base before. */
    void reset() {
        generation++;
        checking = false;
        detail.set(null);
        down.set(false);
    }

    /**
     * A step met the server away: the banner shows with what became of the step ({@code what}: an
     * outcome not saved, or to be checked; null keeps the line an earlier step left).
     */
    void lost(ServerFault fault, Notice what) {
        server.set(BaseLocation.Server.shown(fault.address()));
        if (what != null) {
            detail.set(what);
        }
        if (!down.get()) {
            ticksToCheck = CHECK_EVERY;
            down.set(true);
        }
    }

    /** Each second while down: every few seconds, the cheap statement on the database thread. */
    void tick() {
        if (!down.get() || checking || --ticksToCheck > 0) {
            return;
        }
        checking = true;
        int asked = generation;
        tasks.create(probe).onSuccess(answered -> {
            if (asked != generation) {
                return;
            }
            checking = false;
            detail.set(null);
            down.set(false);
            onBack.run();
        }).onError(error -> {
            if (asked != generation) {
                return;
            }
            // Still away (or away again): the next check a few seconds on.
            checking = false;
            ticksToCheck = CHECK_EVERY;
        }).run();
    }

    public boolean isDown() {
        return down.get();
    }

    /** Whether the banner shows: the server did not answer a step, and has not answered since. */
    public ReadOnlyBooleanProperty downProperty() { return down; }
    /** The server as the banner names it: {@code host/base}. */
    public ReadOnlyStringProperty serverProperty() { return server; }
    /** What became of the step that met the server away (an outcome not saved, or to be checked); null: nothing to say. */
    public ReadOnlyObjectProperty<Notice> detailProperty() { return detail; }
}
