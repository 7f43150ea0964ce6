package app.obzvon.testing;

import app.obzvon.ui.common.UiTasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its continuation at once on the test thread, as the FX thread would after the database thread. */
public final class SynchronousTasks implements UiTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }
}
