package app.obzvon.ui.workstation;

import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.DayProgress;
import app.obzvon.contact.Contact;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.script.ScriptVersion;

import java.util.List;

/** Everything the caller screen shows for a queue, read in one background task. */
record QueueView(Contact contact, List<CallHistoryEntry> history, ScriptVersion script, DayProgress progress,
                 UpcomingCall upcoming) {
}
