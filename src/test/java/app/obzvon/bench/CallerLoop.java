package app.obzvon.bench;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.DayProgress;
import app.obzvon.call.Outcome;
import app.obzvon.contact.Contact;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.script.ScriptVersion;
import app.obzvon.team.Caller;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every call the suite makes into the app's services for the caller screen, and nothing else:
 * today the same calls, in the same order, as {@code WorkstationViewModel.viewOf} and {@code log}.
 * When the screen moves to another service, only this class changes.
 */
final class CallerLoop implements AutoCloseable {

    /** What the caller screen shows after a queue is opened or an outcome is logged. */
    record Screen(CallQueue queue, Contact contact, List<CallHistoryEntry> history, ScriptVersion script,
                  DayProgress progress, UpcomingCall upcoming, Instant shownAt) {
    }

    private final Services services;
    private final Clock clock;

    CallerLoop(Path database, Clock clock) {
        this.services = Services.open(database, clock);
        this.clock = clock;
    }

    List<CallQueue> queues() {
        return services.queues().all();
    }

    List<Outcome> outcomes() {
        return services.outcomes().active();
    }

    /** Choosing a queue: its next contact, that contact's calls, the script and today's progress. */
    Screen open(CallQueue queue) {
        Optional<Contact> next = services.dispenser().next(queue);
        var script = queue.scriptId() == null ? null : services.scripts().latest(queue.scriptId()).orElse(null);
        var history = next.map(c -> services.calls().history(c.id())).orElse(List.of());
        var upcoming = next.isPresent() ? null : services.dispenser().upcoming(queue).orElse(null);
        return new Screen(queue, next.orElse(null), history, script, progress(queue), upcoming, clock.instant());
    }

    /** One outcome key: the outcome is committed, then the next screen is read. */
    Screen logAndNext(Screen shown, Outcome outcome, CallDetails details) {
        services.callLogger().log(shown.contact().id(), shown.queue().id(), Caller.DEFAULT_ID, outcome, details,
                shown.shownAt());
        return open(shown.queue());
    }

    DayProgress progress(CallQueue queue) {
        return services.progress().today(Caller.DEFAULT_ID, queue);
    }

    List<CallHistoryEntry> history(long contactId) {
        return services.calls().history(contactId);
    }

    @Override
    public void close() {
        services.close();
    }
}
