package app.obzvon.ui.donotcall;

import app.obzvon.common.Errors;
import app.obzvon.donotcall.Change;
import app.obzvon.donotcall.DoNotCallList;
import app.obzvon.donotcall.ListImported;
import app.obzvon.donotcall.ListedNumber;
import app.obzvon.donotcall.Listing;
import app.obzvon.donotcall.NotANumberException;
import app.obzvon.importing.ImportException;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The supervisor's do-not-call list: the numbers (a search narrows them), a number typed in and added,
 * the chosen one taken off, a file loaded. Every change goes through {@link DoNotCallList}, which
 * checks, closes the numbers in the base and audits it; the list is read again after each.
 */
public final class DoNotCallViewModel {

    private final BusyTasks tasks;
    private final DoNotCallList list;

    private final ObservableList<ListedNumber> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final ObjectProperty<ListedNumber> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public DoNotCallViewModel(UiTasks tasks, DoNotCallList list) {
        this.tasks = new BusyTasks(tasks);
        this.list = list;
        search.addListener((obs, old, text) -> refresh());
    }

    public void load() {
        refresh();
    }

    public void refresh() {
        var text = search.get();
        run(() -> list.list(text), listing -> show(text, listing));
    }

    /** Adds the number typed; the field empties once it is on the list. */
    public void add() {
        var written = typed.get();
        if (written == null || written.isBlank()) {
            notice.set(Notice.error("dnc.number.missing"));
            return;
        }
        var text = search.get();
        run(() -> new Changed(list.add(written), list.list(text)), changed -> {
            typed.set("");
            show(text, changed.listing());
            var change = changed.change();
            notice.set(change.changed()
                    ? Notice.info("dnc.added", change.shown(), change.base().phones(), change.base().companies())
                    : Notice.info("dnc.added.already", change.shown()));
        });
    }

    /** Takes the chosen number off the list (the window asks first). */
    public void remove() {
        var number = selected.get();
        if (number == null) {
            notice.set(Notice.error("dnc.remove.none"));
            return;
        }
        var text = search.get();
        run(() -> new Changed(list.remove(number.e164()), list.list(text)), changed -> {
            show(text, changed.listing());
            var change = changed.change();
            notice.set(change.changed()
                    ? Notice.info("dnc.removed", change.shown(), change.base().phones(), change.base().companies())
                    : Notice.info("dnc.removed.already", change.shown()));
        });
    }

    public void importFile(Path file) {
        var text = search.get();
        run(() -> new Loaded(list.importFile(file), list.list(text)), loaded -> {
            show(text, loaded.listing());
            var done = loaded.imported();
            notice.set(Notice.info("dnc.imported", done.fileName(), done.added(), done.alreadyListed() + done.repeated(),
                    done.withoutNumber(), done.base().phones(), done.base().companies()));
        });
    }

    private record Changed(Change change, Listing listing) {
    }

    private record Loaded(ListImported imported, Listing listing) {
    }

    private void show(String text, Listing listing) {
        if (!java.util.Objects.equals(text, search.get())) {
            return; // typed on since: the newer search's answer is on its way
        }
        var keep = selected.get() == null ? null : selected.get().e164();
        rows.setAll(listing.rows());
        total.set(listing.total());
        selected.set(listing.rows().stream().filter(n -> n.e164().equals(keep)).findFirst().orElse(null));
        if (listing.total() > listing.rows().size()) {
            notice.set(Notice.info("dnc.shown.limit", listing.rows().size(), listing.total()));
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.create(work)
                .onSuccess(onSuccess)
                .onError(NotANumberException.class, bad -> notice.set(Notice.error(bad.key(), bad.written())))
                .onError(ImportException.class, unreadable -> notice.set(
                        Notice.error("dnc.import.failed", Errors.message(unreadable))))
                .onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error))))
                .run();
    }

    public ObservableList<ListedNumber> rows() { return rows; }
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
    public StringProperty searchProperty() { return search; }
    public StringProperty typedProperty() { return typed; }
    public ObjectProperty<ListedNumber> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
