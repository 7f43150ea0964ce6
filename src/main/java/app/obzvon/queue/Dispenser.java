package app.obzvon.queue;

import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides which contact a caller gets next: promised callbacks first (a broken promise loses the
 * lead), then companies never called, then no-answer and busy retries whose delay has passed.
 *
 * <p>Each of the three lists is read along its index from where the last look found something
 * ({@link QueueCursor}): what was passed over did not match the queue's filter, or has no call due,
 * and stays so while calls only move contacts forward. So a narrow filter is not re-read from the
 * start at every key press. {@link #rewind} forgets those places when a contact moves back (an
 * undo); they are forgotten anyway after a few minutes, for changes made by other programs.
 */
public final class Dispenser {

    static final Duration CURSOR_LIFE = Duration.ofMinutes(5);

    private final QueueRepository queues;
    private final Claims claims;
    private final Supplier<CallingRules> rules;
    private final Clock clock;
    private final Map<Long, QueueCursor> cursors = new HashMap<>();

    public Dispenser(QueueRepository queues, Claims claims, Supplier<CallingRules> rules, Clock clock) {
        this.queues = queues;
        this.claims = claims;
        this.rules = rules;
        this.clock = clock;
    }

    /** The next contact of the queue that no other window holds (it is not claimed here: see {@link Claims}). */
    public Optional<Contact> next(CallQueue queue) {
        var now = clock.instant();
        var holder = claims.holder();
        int maxAttempts = rules.get().maxAttempts();
        var cursor = cursors.compute(queue.id(), (id, kept) -> kept != null && kept.validFor(queue, now)
                ? kept : new QueueCursor(queue, now));
        var callback = queues.firstDue(queue, NextCallKind.CALLBACK, cursor.callbacksFrom(), now, maxAttempts, holder);
        cursor.callbacksAt(callback.map(c -> c.state().nextCallAt()).orElse(now));
        if (callback.isPresent()) {
            return callback;
        }
        var neverCalled = queues.firstNeverCalled(queue, cursor.neverCalledFrom(), now, holder);
        // Nothing found: the next new contact comes with a later import, after the last id there is.
        cursor.neverCalledAt(neverCalled.map(Contact::id).orElseGet(() -> queues.lastContactId() + 1));
        if (neverCalled.isPresent()) {
            return neverCalled;
        }
        var retry = queues.firstDue(queue, NextCallKind.RETRY, cursor.retriesFrom(), now, maxAttempts, holder);
        cursor.retriesAt(retry.map(c -> c.state().nextCallAt()).orElse(now));
        return retry;
    }

    /** Reads every list from its start again: a contact was put back where a cursor had passed (an undo). */
    public void rewind() {
        cursors.clear();
    }

    /** For an empty queue: when it fills again, if ever. */
    public Optional<UpcomingCall> upcoming(CallQueue queue) {
        return queues.firstUpcoming(queue, clock.instant(), rules.get().maxAttempts());
    }

    /** Where the last look into each list of one queue found its first contact. */
    static final class QueueCursor {

        private final CallQueue queue;
        private final Instant created;
        private Instant callbacksFrom = Instant.EPOCH;
        private long neverCalledFrom;
        private Instant retriesFrom = Instant.EPOCH;

        QueueCursor(CallQueue queue, Instant created) {
            this.queue = queue;
            this.created = created;
        }

        /** The same queue (filter, members) and young enough. */
        boolean validFor(CallQueue other, Instant now) {
            return queue.filter().equals(other.filter()) && queue.membersOnly() == other.membersOnly()
                    && now.isBefore(created.plus(CURSOR_LIFE)) && !now.isBefore(created);
        }

        Instant callbacksFrom() {
            return callbacksFrom;
        }

        void callbacksAt(Instant at) {
            callbacksFrom = at;
        }

        long neverCalledFrom() {
            return neverCalledFrom;
        }

        void neverCalledAt(long id) {
            neverCalledFrom = id;
        }

        Instant retriesFrom() {
            return retriesFrom;
        }

        void retriesAt(Instant at) {
            retriesFrom = at;
        }
    }
}
