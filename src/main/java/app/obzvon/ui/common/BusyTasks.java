package app.obzvon.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A dialog's background work: busy while a task runs (so buttons wait), idle again before the
 * result or the error is handed over on the FX thread.
 */
public final class BusyTasks {

    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public BusyTasks(UiTasks tasks) {
        this.tasks = tasks;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
