package app.obzvon.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result (or the error) back on it. Tests of view
 * models use a synchronous implementation, so they run without a UI.
 */
public interface UiTasks {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small update on the FX thread, from work in progress (a progress bar, say). */
    void onUi(Runnable update);
}
