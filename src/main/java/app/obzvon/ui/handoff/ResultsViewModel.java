package app.obzvon.ui.handoff;

import app.obzvon.common.Errors;
import app.obzvon.handoff.StageResults;
import app.obzvon.handoff.StageResultsException;
import app.obzvon.handoff.StageResultsSummary;
import app.obzvon.importing.SourceOptions;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The next stage's results window: a file, what it would change (counts per status, the rows it
 * skips and why), then Apply, all or nothing, and what it changed.
 */
public final class ResultsViewModel {

    private final BusyTasks tasks;
    private final StageResults results;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** What the file would change (before Apply) or changed (after). */
    private final ObjectProperty<StageResultsSummary> summary = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty applied = new SimpleBooleanProperty(false);
    private final ObservableList<StageResultsSummary.SkippedRow> skipped = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanBinding canApply;

    public ResultsViewModel(UiTasks tasks, StageResults results) {
        this.tasks = new BusyTasks(tasks);
        this.results = results;
        canApply = Bindings.createBooleanBinding(() -> summary.get() != null && !summary.get().changes().isEmpty()
                && !applied.get() && !this.tasks.isBusy(), summary, applied, this.tasks.busyProperty());
    }

    /** A file was chosen: read it and show what it would change. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        preview();
    }

    /** Reads the file again and matches it against the base as it is now; writes nothing. */
    public void preview() {
        var chosen = file.get();
        if (chosen == null) {
            return;
        }
        run(() -> results.preview(chosen, options()), read -> {
            show(read, false);
            notice.set(read.changes().isEmpty() ? Notice.info("results.notice.nothing")
                    : Notice.info("results.notice.preview", read.changes().size()));
        });
    }

    /** Moves the companies the file names, all or none, and says what changed. */
    public void apply() {
        var chosen = file.get();
        if (chosen == null || !canApply.get()) {
            return;
        }
        run(() -> results.apply(chosen, options()), done -> {
            show(done, true);
            notice.set(done.changes().isEmpty() ? Notice.info("results.notice.nothing")
                    : Notice.info("results.notice.applied", done.changes().size(), done.fileName()));
        });
    }

    private void show(StageResultsSummary read, boolean done) {
        applied.set(done);
        summary.set(read);
        skipped.setAll(read.skipped());
    }

    private static SourceOptions options() {
        return SourceOptions.detect();
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work).onSuccess(onSuccess).onError(error -> {
            if (error instanceof StageResultsException bad) {
                // A bad file: nothing was changed, and the window says what is wrong in the user's words.
                clear();
                notice.set(Notice.error(bad.key(), bad.args().toArray()));
            } else {
                notice.set(Notice.error("notice.action.failed", Errors.message(error)));
            }
        }).run();
    }

    private void clear() {
        applied.set(false);
        summary.set(null);
        skipped.clear();
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<StageResultsSummary> summaryProperty() { return summary; }
    public ReadOnlyBooleanProperty appliedProperty() { return applied; }
    public ObservableList<StageResultsSummary.SkippedRow> skipped() { return skipped; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public BooleanBinding canApplyProperty() { return canApply; }
}
