package app.obzvon.ui.importing;

import app.obzvon.Services;
import app.obzvon.common.Errors;
import app.obzvon.importing.CancelledException;
import app.obzvon.importing.Field;
import app.obzvon.importing.ImportSummary;
import app.obzvon.importing.Mapping;
import app.obzvon.importing.Preview;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.CallQueue;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The import wizard: a file and how to read it, which column is what (guessed, then corrected), a
 * summary before anything is written, then the load itself — all or nothing, with Cancel.
 */
public final class ImportViewModel {

    /** Where the wizard is. */
    public enum Step { FILE, SUMMARY, DONE }

    /** Where the new contacts go besides the base. */
    public enum TargetKind { NONE, EXISTING, NEW }

    private final Tasks tasks;
    private final Services services;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> hasHeader = new SimpleObjectProperty<>();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final ObservableMap<Integer, Field> mapping = FXCollections.observableHashMap();
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    private final ObservableList<CallQueue> queues = FXCollections.observableArrayList();
    private final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(TargetKind.NONE);
    private final ObjectProperty<CallQueue> existingQueue = new SimpleObjectProperty<>();
    private final StringProperty newQueueName = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ImportViewModel(UiTasks tasks, Services services) {
        this.tasks = new Tasks(tasks);
        this.services = services;
    }

    /** A file was chosen: read its start with everything detected. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        encoding.set(null);
        delimiter.set(null);
        sheet.set(null);
        hasHeader.set(null);
        newQueueName.set(baseName(chosen));
        readPreview();
        background(() -> services.queueSetup().all(), queues::setAll);
    }

    /** Reads the start of the file again, after the user changed how to read it. */
    public void readPreview() {
        var chosen = file.get();
        if (chosen == null) {
            return;
        }
        var options = options();
        run(() -> services.importer().preview(chosen, options), read -> {
            // The mapping first: the view builds each column's field picker when the preview arrives.
            mapping.clear();
            mapping.putAll(read.mapping().columns());
            preview.set(read);
            summary.set(null);
            step.set(Step.FILE);
        }, error -> {
            preview.set(null);
            notice.set(Notice.error("import.notice.unreadable", Errors.message(error)));
        });
    }

    /** One column's field; null keeps the column as an extra field on the card. */
    public void mapColumn(int column, Field field) {
        if (field == null) {
            mapping.remove(column);
        } else {
            mapping.put(column, field);
        }
    }

    /** Reads the whole file and counts what an import would do; writes nothing. */
    public void check() {
        if (!mapping.containsValue(Field.PHONE)) {
            notice.set(Notice.error("import.notice.no.phone.column"));
            return;
        }
        var chosen = file.get();
        var options = options();
        var columns = chosenMapping();
        longRun(progress -> services.importer().analyze(chosen, options, columns, progress), counted -> {
            summary.set(counted);
            step.set(Step.SUMMARY);
            notice.set(null);
        });
    }

    /** Loads the file into the base, all rows or none. */
    public void load() {
        var target = target();
        if (target == null) {
            return;
        }
        var chosen = file.get();
        var options = options();
        var columns = chosenMapping();
        longRun(progress -> services.importer().importFile(chosen, options, columns, target, progress), loaded -> {
            step.set(Step.DONE);
            notice.set(Notice.info("import.notice.done", loaded.imported()));
        });
    }

    private QueueTarget target() {
        return switch (targetKind.get()) {
            case NONE -> QueueTarget.none();
            case EXISTING -> {
                if (existingQueue.get() == null) {
                    notice.set(Notice.error("import.notice.pick.queue"));
                    yield null;
                }
                yield QueueTarget.existing(existingQueue.get().id());
            }
            case NEW -> {
                if (newQueueName.get() == null || newQueueName.get().isBlank()) {
                    notice.set(Notice.error("import.notice.name.queue"));
                    yield null;
                }
                yield QueueTarget.newQueue(newQueueName.get());
            }
        };
    }

    /** Saves the rows an import leaves out, with the reason for each, as a CSV. */
    public void saveRejected(Path out, String reasonColumn, Function<app.obzvon.importing.RejectReason, String> reasonText) {
        var chosen = file.get();
        var options = options();
        var columns = chosenMapping();
        longRun(progress -> services.importer().saveRejected(chosen, options, columns, out, reasonColumn, reasonText,
                progress), saved -> notice.set(Notice.info("import.notice.rejected.saved", saved,
                out.getFileName().toString())));
    }

    public void cancel() {
        cancel.set(true);
    }

    private SourceOptions options() {
        return new SourceOptions(encoding.get(), delimiter.get(), sheet.get(), hasHeader.get(), null);
    }

    private Mapping chosenMapping() {
        return new Mapping(new HashMap<>(mapping));
    }

    /** A pass through the whole file, with a progress bar and Cancel; a cancel changes nothing. */
    private <T> void longRun(Function<Progress, T> work, Consumer<T> onSuccess) {
        cancel.set(false);
        progress.set(0);
        Progress reporter = new Progress() {
            private double shown;

            @Override
            public void update(double fraction) {
                if (fraction - shown >= 0.01 || fraction >= 1) {
                    shown = fraction;
                    tasks.onUi(() -> progress.set(fraction));
                }
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        run(() -> work.apply(reporter), onSuccess, error -> notice.set(error instanceof CancelledException
                ? Notice.info("import.notice.cancelled")
                : Notice.error("import.notice.failed", Errors.message(error))));
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(true);
        tasks.create(work).onSuccess(value -> {
            running.set(false);
            onSuccess.accept(value);
        }).onError(error -> {
            running.set(false);
            onFailure.accept(error);
        }).run();
    }

    private <T> void background(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, error -> notice.set(Notice.error("import.notice.failed", Errors.message(error))));
    }

    private static String baseName(Path path) {
        var name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public ObjectProperty<Step> stepProperty() { return step; }
    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<Charset> encodingProperty() { return encoding; }
    public ObjectProperty<Character> delimiterProperty() { return delimiter; }
    public ObjectProperty<String> sheetProperty() { return sheet; }
    public ObjectProperty<Boolean> hasHeaderProperty() { return hasHeader; }
    public ObjectProperty<Preview> previewProperty() { return preview; }
    public ObservableMap<Integer, Field> mapping() { return mapping; }
    public ObjectProperty<ImportSummary> summaryProperty() { return summary; }
    public ObservableList<CallQueue> queues() { return queues; }
    public ObjectProperty<TargetKind> targetKindProperty() { return targetKind; }
    public ObjectProperty<CallQueue> existingQueueProperty() { return existingQueue; }
    public StringProperty newQueueNameProperty() { return newQueueName; }
    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
}
