package app.obzvon.queue;

import app.obzvon.common.Tx;
import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which contact a caller gets next: their own callbacks first, from any queue (a broken
 * promise loses the lead), then the queue's other due callbacks, then companies never called while
 * the caller's working list has room, then no-answer and busy retries whose delay has passed. Cold
 * calls and retries go only to companies inside the queue's calling hours in their own time; a
 * company in another caller's working list goes only to them.
 *
 * <p>Each list of the queue is read along its index from where the last look found something
 * ({@link QueueCursor}): what was passed over did not match the queue, has no call due, or was
 * outside its calling hours, and stays so while calls only move contacts forward and the same zones
 * are open. So a narrow filter is not re-read from the start at every key press. {@link #rewind}
 * forgets those places when a contact moves back (an undo); a cursor is forgotten anyway when the
 * open zones change, and after a few minutes, for changes made by other programs.
 */
public final class Dispenser {

    static final Duration CURSOR_LIFE = Duration.ofMinutes(5);

    private final QueueRepository queues;
    private final Claims claims;
    private final Function<Tx, CallingRules> rules;
    private final Clock clock;
    private final Map<Long, QueueCursor> cursors = new HashMap<>();
    /** The open zones of the last look, per queue: worked out again once a minute. */
    private final Map<Long, OpenZonesAt> zones = new HashMap<>();
    /**
     * Per caller, when their own next callback falls due (Instant.MAX: none): their callbacks are
     * looked for only from then, not at every key press. Read again after {@link #CURSOR_LIFE}.
     */
    private final Map<Long, OwnCallbacks> own = new HashMap<>();

    public Dispenser(QueueRepository queues, Claims claims, Function<Tx, CallingRules> rules, Clock clock) {
        this.queues = queues;
        this.claims = claims;
        this.rules = rules;
        this.clock = clock;
    }

    /** The next contact of the queue for this caller that no other window holds (not claimed here: see {@link Claims}). */
    public Optional<Contact> next(Tx tx, CallQueue queue, long callerId) {
        return next(tx, queue, callerId, queues.workingListCount(tx, callerId) < queue.work().workingList());
    }

    /** As {@link #next(Tx, CallQueue, long)}, told whether the caller's working list has room for a new company. */
    public Optional<Contact> next(Tx tx, CallQueue queue, long callerId, boolean roomForNew) {
        var now = clock.instant();
        var holder = claims.holder();
        int maxAttempts = rules.apply(tx).maxAttempts();
        var ownDue = own.compute(callerId, (id, kept) -> kept != null && now.isBefore(kept.read.plus(CURSOR_LIFE))
                && !now.isBefore(kept.read) ? kept
                : new OwnCallbacks(queues.firstOwnCallbackAt(tx, id).orElse(Instant.MAX), now));
        if (!now.isBefore(ownDue.from)) {
            var mine = queues.firstOwnCallback(tx, callerId, now, holder);
            if (mine.isPresent()) {
                return mine;
            }
            // None due after all (logged since, or on another window): read when the next one is.
            own.remove(callerId);
        }
        var open = openZones(tx, queue, now);
        var cursor = cursors.compute(queue.id(), (id, kept) -> kept != null && kept.validFor(queue, open, now)
                ? kept : new QueueCursor(queue, open, now));
        var callback = queues.firstDue(tx, queue, NextCallKind.CALLBACK, cursor.callbacksFrom(), now, maxAttempts,
                holder, callerId, OpenZones.ALL_OPEN);
        cursor.callbacksAt(callback.map(c -> c.state().nextCallAt()).orElse(now));
        if (callback.isPresent()) {
            return callback;
        }
        if (open.allClosed()) {
            return Optional.empty();
        }
        if (roomForNew) {
            var neverCalled = queues.firstNeverCalled(tx, queue, cursor.neverCalledFrom(), now, holder, open);
            // Nothing found: the next new contact comes with a later import, after the last id there is.
            cursor.neverCalledAt(neverCalled.map(Contact::id).orElseGet(() -> queues.lastContactId(tx) + 1));
            if (neverCalled.isPresent()) {
                return neverCalled;
            }
        }
        var retry = queues.firstDue(tx, queue, NextCallKind.RETRY, cursor.retriesFrom(), now, maxAttempts, holder,
                callerId, open);
        cursor.retriesAt(retry.map(c -> c.state().nextCallAt()).orElse(now));
        return retry;
    }

    /** Reads every list from its start again: a contact was put back where a cursor had passed (an undo). */
    public void rewind() {
        cursors.clear();
        own.clear();
    }

    /**
     * Reads again when the caller's own next callback falls due: another window or PC may have given
     * them one (an inbound request, due at once) since the last read. One look along the owner's index.
     */
    public void lookAgainForOwn(Tx tx, long callerId) {
        own.put(callerId, new OwnCallbacks(queues.firstOwnCallbackAt(tx, callerId).orElse(Instant.MAX),
                clock.instant()));
    }

    /** The caller has just agreed a callback at {@code at}: it is looked for from then. */
    public void callbackAgreed(long callerId, Instant at) {
        own.computeIfPresent(callerId, (id, kept) -> at.isBefore(kept.from) ? new OwnCallbacks(at, kept.read) : kept);
    }

    private record OwnCallbacks(Instant from, Instant read) {
    }

    /**
     * For an empty queue: when it fills again, if ever. The earlier of the next callback or retry
     * (a retry no earlier than its company's calling hours) and the opening of the calling hours of a
     * company that waits for them.
     */
    public Optional<UpcomingCall> upcoming(Tx tx, CallQueue queue, long callerId) {
        var now = clock.instant();
        int maxAttempts = rules.apply(tx).maxAttempts();
        var office = clock.getZone();
        var best = queues.firstUpcoming(tx, queue, now, maxAttempts, callerId)
                .map(u -> u.reason() == UpcomingCall.Reason.RETRY
                        ? u.at(queue.hours().nextOpening(u.at(), zoneOf(u.zone(), office))) : u);
        // Companies due now but outside their hours: ask again, each time only for zones opening
        // earlier than the best answer so far, so a few look-ups find the first one to open.
        var open = openZones(tx, queue, now);
        var closed = new ArrayList<>(open.closed());
        boolean unknown = !open.unknownOpen();
        while (!closed.isEmpty() || unknown) {
            var waiting = queues.firstWaiting(tx, queue, now, maxAttempts, callerId, closed, unknown);
            if (waiting.isEmpty()) {
                break;
            }
            var w = waiting.get();
            var opens = queue.hours().nextOpening(now, zoneOf(w.zone(), office));
            if (best.isPresent() && !opens.isBefore(best.get().at())) {
                break;
            }
            best = Optional.of(w.at(opens));
            closed.removeIf(z -> !queue.hours().nextOpening(now, ZoneId.of(z)).isBefore(opens));
            unknown = unknown && queue.hours().nextOpening(now, office).isBefore(opens);
        }
        return best;
    }

    private static ZoneId zoneOf(ZoneId zone, ZoneId office) {
        return zone == null ? office : zone;
    }

    private OpenZones openZones(Tx tx, CallQueue queue, Instant now) {
        var minute = now.truncatedTo(ChronoUnit.MINUTES);
        var kept = zones.get(queue.id());
        if (kept != null && kept.minute.equals(minute) && kept.hours.equals(queue.hours())) {
            return kept.open;
        }
        // The zones in use are read again with the minute: a company imported meanwhile counts as open
        // until then, never as closed for ever.
        var open = OpenZones.at(minute, queue.hours(), clock.getZone(), queues.zonesInUse(tx));
        zones.put(queue.id(), new OpenZonesAt(minute, queue.hours(), open));
        return open;
    }

    private record OpenZonesAt(Instant minute, CallingHours hours, OpenZones open) {
    }

    /** Where the last look into each list of one queue found its first contact. */
    static final class QueueCursor {

        private final CallQueue queue;
        private final OpenZones open;
        private final Instant created;
        private Instant callbacksFrom = Instant.EPOCH;
        private long neverCalledFrom;
        private Instant retriesFrom = Instant.EPOCH;

        QueueCursor(CallQueue queue, OpenZones open, Instant created) {
            this.queue = queue;
            this.open = open;
            this.created = created;
        }

        /** The same queue (filter, members, hours), the same open zones, and young enough. */
        boolean validFor(CallQueue other, OpenZones nowOpen, Instant now) {
            return queue.filter().equals(other.filter()) && queue.membersOnly() == other.membersOnly()
                    && queue.work().equals(other.work()) && open.equals(nowOpen)
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
