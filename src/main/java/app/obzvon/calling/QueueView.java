package app.obzvon.calling;

import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.DayProgress;
import app.obzvon.contact.Contact;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.script.ScriptVersion;

import java.util.List;

/**
 * Everything the caller screen shows for a queue, read in one step: the contact (none when the
 * queue is empty, then when it fills again), its earlier calls, the script, today's progress and
 * the caller's working list.
 */
public record QueueView(Contact contact, List<CallHistoryEntry> history, ScriptVersion script, DayProgress progress,
                        UpcomingCall upcoming, WorkingList workingList) {

    /** How many companies the caller holds in active work, of how many the queue allows. */
    public record WorkingList(int held, int limit) {

        public boolean full() {
            return held >= limit;
        }
    }

    public QueueView {
        history = List.copyOf(history);
    }
}
