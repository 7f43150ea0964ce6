package app.obzvon.ui.common;

import javafx.beans.property.BooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way a view model runs background work (after cryptomator's {@code Tasks}):
 * <pre>
 * tasks.create(() -> list.add(typed))
 *      .onSuccess(added -> ...)
 *      .onError(NotANumberException.class, bad -> ...)
 *      .onError(error -> ...)
 *      .busy(busy)
 *      .run();
 * </pre>
 * The work runs on the database thread (or at once, in view-model tests: {@code SynchronousTasks});
 * the handlers on the FX thread. Every failure is logged with its stack trace where it happened, on
 * the worker, so the FX thread never writes the log file; the first {@code onError} whose type
 * matches handles it.
 */
public final class Tasks {


    private final UiTasks runner;

    public Tasks(UiTasks runner) {
        this.runner = runner;
    }

    public <T> Task<T> create(Callable<T> work) {
        return new Task<>(work);
    }

    /** Work with no result. */
    public Task<Void> create(Runnable work) {
        return new Task<>(() -> {
            work.run();
            return null;
        });
    }

    /** A small update on the FX thread, from work in progress (a progress bar, say). */
    public void onUi(Runnable update) {
        runner.onUi(update);
    }

    public final class Task<T> {

        private record Handler(Class<? extends Throwable> type, Consumer<Throwable> handle) {
        }

        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private final List<Handler> onError = new ArrayList<>();
        private Runnable andFinally = () -> { };
        private BooleanProperty busy;

        private Task(Callable<T> work) {
            this.work = work;
        }

        public Task<T> onSuccess(Consumer<? super T> handler) {
            onSuccess = handler;
            return this;
        }

        /** Handles a failure of this type (or a subtype), unless an earlier {@code onError} took it. */
        public <E extends Throwable> Task<T> onError(Class<E> type, Consumer<? super E> handler) {
            onError.add(new Handler(type, error -> handler.accept(type.cast(error))));
            return this;
        }

        /** Handles any failure no typed {@code onError} took. */
        public Task<T> onError(Consumer<Throwable> handler) {
            return onError(Throwable.class, handler);
        }

        /** Runs on the FX thread after the success or the error handler, whatever happened. */
        public Task<T> andFinally(Runnable last) {
            andFinally = last;
            return this;
        }

        /** True while the work runs; false again before the handlers run (so buttons wait, then a retry may go). */
        public Task<T> busy(BooleanProperty flag) {
            busy = flag;
            return this;
        }

        public void run() {
            if (busy != null) {
                busy.set(true);
            }
            runner.run(this::logged, result -> {
                idle();
                try {
                    onSuccess.accept(result);
                } finally {
                    andFinally.run();
                }
            }, error -> {
                idle();
                try {
                    handle(error);
                } finally {
                    andFinally.run();
                }
            });
        }

        private T logged() throws Exception {
            try {
                return work.call();
            } catch (Exception | Error e) {
                log().warn("Background work failed", e);
                throw e;
            }
        }

        private void idle() {
            if (busy != null) {
                busy.set(false);
            }
        }

        private void handle(Throwable error) {
            for (var handler : onError) {
                if (handler.type().isInstance(error)) {
                    handler.handle().accept(error);
                    return;
                }
            }
            // No handler wanted it: logged already, and nothing on screen to change.
        }
    }

    /** Fetched when first needed: Logback starts on the database thread, not on the way to the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(Tasks.class);
    }
}
