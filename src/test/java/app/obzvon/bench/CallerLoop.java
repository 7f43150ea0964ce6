package app.obzvon.bench;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.call.CallHistoryEntry;
import app.obzvon.call.DayProgress;
import app.obzvon.call.Outcome;
import app.obzvon.calling.CallingSession;
import app.obzvon.calling.QueueView;
import app.obzvon.contact.Contact;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.UpcomingCall;
import app.obzvon.script.ScriptVersion;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every call the suite makes into the app's services for the caller screen, and nothing else: the
 * {@link CallingSession} the screen's view model calls, in the same order.
 */
final class CallerLoop implements AutoCloseable {

    /** What the caller screen shows after a queue is opened or an outcome is logged. */
    record Screen(CallQueue queue, Contact contact, List<CallHistoryEntry> history, ScriptVersion script,
                  DayProgress progress, UpcomingCall upcoming, Instant shownAt) {
    }

    private final Services services;
    private final CallingSession session;
    private final Clock clock;
    private final double signInMillis;

    CallerLoop(Path database, Clock clock) {
        this.services = Services.open(database, clock);
        // As the window: the sign-in screen read with the base's opening; then, after the PIN is
        // typed, what the caller waits for: its PBKDF2 check and the first screen.
        services.signIn().door();
        long started = System.nanoTime();
        services.signIn().signIn(1, BaseGenerator.PIN);
        this.session = services.callingSession();
        session.start();
        this.signInMillis = Stats.millisSince(started);
        this.clock = clock;
    }

    /** The sign-in, as this JVM's first: the PIN checked, the caller screen read. */
    double signInMillis() {
        return signInMillis;
    }

    List<CallQueue> queues() {
        return session.queues();
    }

    List<Outcome> outcomes() {
        return services.database().read(tx -> services.outcomes().active(tx));
    }

    /** Choosing a queue: its next contact, that contact's calls, the script and today's progress. */
    Screen open(CallQueue queue) {
        return screen(queue, session.open(queue));
    }

    /** One outcome key: the outcome is committed, and the next screen comes back with it. */
    Screen logAndNext(Screen shown, Outcome outcome, CallDetails details) {
        return screen(shown.queue(), session.log(shown.contact().id(), outcome, details, shown.shownAt()).next());
    }

    /** The reads timed alone: no transaction, so no BEGIN, COMMIT or write lock in their figures. */
    DayProgress progress(CallQueue queue) {
        var me = services.access().requireSignedIn().id();
        return services.database().read(tx -> services.progress().today(tx, me, queue));
    }

    List<CallHistoryEntry> history(long contactId) {
        return services.database().read(tx -> services.calls().history(tx, contactId));
    }

    private Screen screen(CallQueue queue, QueueView view) {
        return new Screen(queue, view.contact(), view.history(), view.script(), view.progress(), view.upcoming(),
                clock.instant());
    }

    @Override
    public void close() {
        services.close();
    }
}
