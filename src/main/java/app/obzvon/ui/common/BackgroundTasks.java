package app.obzvon.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One background thread for all database work: SQLite has one writer, and running every task in
 * order means a logged outcome is committed before the next contact is fetched.
 */
public final class BackgroundTasks implements UiTasks, AutoCloseable {


    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "obzvon-database");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** The fluent way to run work here, every failure logged: {@code tasks().create(...).onSuccess(...).run()}. */
    public Tasks tasks() {
        return new Tasks(this);
    }

    @Override
    public void onUi(Runnable update) {
        Platform.runLater(update);
    }

    /**
     * Starts work on the database thread and hands back its future: usable before the FX toolkit
     * runs, so the base opens while the window is being built.
     */
    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(() -> {
            try {
                return work.call();
            } catch (Exception | Error e) {
                log().error("Background work failed", e);
                throw e;
            }
        });
    }

    /** Runs plain work on the database thread, after everything queued before it; a failure is logged. */
    public void execute(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                log().error("Background work failed", e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fetched when first needed: Logback starts on the database thread, not on the way to the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(BackgroundTasks.class);
    }
}
