package app.obzvon.ui.callbacks;

import app.obzvon.calling.CallingSession;
import app.obzvon.common.Errors;
import app.obzvon.queue.Callback;
import app.obzvon.queue.ExpiredWork;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.Tasks;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The caller's own callbacks for today (the missed, the overdue and the later ones) and the
 * companies whose deadline passed lately: the caller's own, everyone's for a supervisor.
 */
public final class CallbacksViewModel {

    /** A promise not kept within this is missed: the prospect waited in vain. */
    static final Duration MISSED_AFTER = Duration.ofHours(1);

    /** Where a callback stands now. */
    public enum State { MISSED, OVERDUE, TODAY }

    public record Row(Callback callback, State state) {
    }

    private final Tasks tasks;
    private final CallingSession session;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ExpiredWork> expired = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public CallbacksViewModel(UiTasks tasks, CallingSession session, Clock clock) {
        this.tasks = new Tasks(tasks);
        this.session = session;
        this.clock = clock;
    }

    public void load() {
        tasks.create(() -> new Lists(session.callbacks(), session.expired())).onSuccess(found -> {
            var now = clock.instant();
            rows.setAll(found.callbacks().stream().map(c -> new Row(c, stateOf(c.at(), now))).toList());
            expired.setAll(found.expired());
        }).onError(error -> notice.set(Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    private record Lists(List<Callback> callbacks, List<ExpiredWork> expired) {
    }

    static State stateOf(Instant at, Instant now) {
        if (at.isBefore(now.minus(MISSED_AFTER))) {
            return State.MISSED;
        }
        return at.isAfter(now) ? State.TODAY : State.OVERDUE;
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<ExpiredWork> expired() { return expired; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
}
