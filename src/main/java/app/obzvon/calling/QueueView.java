package app.obzvon.calling;

import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.DayProgress;
import app.obzvon.contact.Contact;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.script.ScriptVersion;

import java.util.List;

/**
 * Everything the caller screen shows for a queue, read in one step: the contact (none when the
 * queue is empty, then when it fills again), its earlier calls, the script and today's progress.
 */
public record QueueView(Contact contact, List<CallHistoryEntry> history, ScriptVersion script, DayProgress progress,
                        UpcomingCall upcoming) {

    public QueueView {
        history = List.copyOf(history);
    }
}
