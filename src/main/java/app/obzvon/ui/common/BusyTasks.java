package app.obzvon.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Callable;

/**
 * A dialog's background work ({@link Tasks}) with one busy flag: busy while a task runs (so buttons
 * wait), idle again before the result or the error is handed over on the FX thread.
 */
public final class BusyTasks {

    private final Tasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public BusyTasks(UiTasks tasks) {
        this.tasks = new Tasks(tasks);
    }

    /** A task that keeps this dialog busy while it runs. */
    public <T> Tasks.Task<T> create(Callable<T> work) {
        return tasks.create(work).busy(busy);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
