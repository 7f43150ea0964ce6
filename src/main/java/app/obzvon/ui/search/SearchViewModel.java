package app.obzvon.ui.search;

import app.obzvon.common.Errors;
import app.obzvon.search.ContactSearch;
import app.obzvon.search.FoundContact;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.LongConsumer;

/** A search by phone or company name, and the found company put on the caller's screen. */
public final class SearchViewModel {

    private final BusyTasks tasks;
    private final ContactSearch search;
    private final LongConsumer open;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<FoundContact> found = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    /** @param open puts a found company on the caller's screen */
    public SearchViewModel(UiTasks tasks, ContactSearch search, LongConsumer open) {
        this.tasks = new BusyTasks(tasks);
        this.search = search;
        this.open = open;
    }

    public void find() {
        var typed = query.get() == null ? "" : query.get().strip();
        if (typed.length() < ContactSearch.MIN_LENGTH) {
            notice.set(Notice.error("search.too.short", ContactSearch.MIN_LENGTH));
            return;
        }
        tasks.create(() -> search.find(typed)).onSuccess(rows -> {
            found.setAll(rows);
            notice.set(rows.isEmpty() ? Notice.info("search.none", typed) : Notice.info("search.found", rows.size()));
        }).onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    /** The chosen company takes the caller's screen. */
    public void open(FoundContact contact) {
        if (contact != null) {
            open.accept(contact.id());
        }
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<FoundContact> found() { return found; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
}
