package app.obzvon.ui.backup;

import app.obzvon.backup.Backup;
import app.obzvon.backup.BackupException;
import app.obzvon.backup.Backups;
import app.obzvon.common.Errors;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/** "Restore…": the base's backups, newest first; the one chosen, once confirmed, put in the base's place. */
public final class RestoreViewModel {

    private final BusyTasks tasks;
    private final Backups backups;
    private final Consumer<Backup> restored;
    private final ObservableList<Backup> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();

    /** {@code restored}: told the backup restored, on the FX thread, once the base is the backup's. */
    public RestoreViewModel(UiTasks tasks, Backups backups, Consumer<Backup> restored) {
        this.tasks = new BusyTasks(tasks);
        this.backups = backups;
        this.restored = restored;
    }

    public void load() {
        tasks.create(backups::list)
                .onSuccess(found -> {
                    rows.setAll(found);
                    if (found.isEmpty()) {
                        notice.set(Notice.info("restore.none"));
                    }
                })
                .onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error))))
                .run();
    }

    /** Restores the selected backup; the window asked first. */
    public void restore() {
        var chosen = selected.get();
        if (chosen == null || tasks.isBusy()) {
            return;
        }
        notice.set(Notice.info("restore.running", chosen.name()));
        tasks.create(() -> backups.restore(chosen.file()))
                .onSuccess(before -> {
                    notice.set(Notice.info("restore.done", chosen.name(), before.name()));
                    restored.accept(chosen);
                })
                .onError(BackupException.class, refused -> notice.set(switch (refused.reason()) {
                    case NOT_FOUND -> Notice.error("restore.refused.not_found", chosen.name());
                    case NOT_A_BASE -> Notice.error("restore.refused.not_a_base", chosen.name());
                    case DAMAGED -> Notice.error("restore.refused.damaged", chosen.name());
                    case NEWER -> Notice.error("restore.refused.newer", chosen.name());
                    case ON_SERVER -> Notice.error("restore.refused.on_server");
                }))
                .onError(error -> notice.set(Notice.error("restore.failed", Errors.message(error))))
                .run();
    }

    public ObservableList<Backup> rows() { return rows; }
    public ObjectProperty<Backup> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
