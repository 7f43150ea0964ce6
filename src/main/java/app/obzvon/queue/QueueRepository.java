package app.obzvon.queue;

import app.obzvon.common.Tx;
import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface QueueRepository {

    List<CallQueue> all(Tx tx);

    /** The queues given to this person. */
    List<CallQueue> givenTo(Tx tx, long personId);

    CallQueue add(Tx tx, NewQueue queue);

    void setDailyTarget(Tx tx, long queueId, int target);

    /** The script the queue's callers read from now on; null for none. */
    void setScript(Tx tx, long queueId, Long scriptId);

    /** The time zones the base's companies are in. */
    java.util.Set<String> zonesInUse(Tx tx);

    /** Everything the queue's editor sets, from now on. */
    void update(Tx tx, long queueId, QueueSettings settings);

    /** The queue's calling hours from now on. */
    void setHours(Tx tx, long queueId, CallingHours hours);

    /** The queue's working list, deadline and callback sharing from now on. */
    void setWork(Tx tx, long queueId, WorkRules work);

    /*
     * The dispensing look-ups pass over contacts on another holder's screen (a claim whose lease
     * runs) and companies in another caller's working list.
     */

    /** When the caller's own earliest callback falls due, whatever queue it came from; empty for none. */
    Optional<Instant> firstOwnCallbackAt(Tx tx, long callerId);

    /** The caller's own callback due soonest (at or before {@code now}), whatever queue it came from. */
    Optional<Contact> firstOwnCallback(Tx tx, long callerId, Instant now, String holder);

    /**
     * The queue's callable contact with a call of this kind due within [{@code from}, {@code now}]
     * whose time came earliest (then the lowest id), in an open zone: in nobody's working list or in
     * this caller's (a callback of a caller who is away too, when the queue shares them).
     */
    Optional<Contact> firstDue(Tx tx, CallQueue queue, NextCallKind kind, Instant from, Instant now, int maxAttempts,
                               String holder, long callerId, OpenZones open);

    /** The queue's callable contact never called, from this id on, in an open zone, in the order the base was loaded. */
    Optional<Contact> firstNeverCalled(Tx tx, CallQueue queue, long fromId, Instant now, String holder, OpenZones open);

    /** How many companies the caller holds in active work (Contact 1–3). */
    int workingListCount(Tx tx, long callerId);

    /** The highest contact id in the base; 0 for an empty base. */
    long lastContactId(Tx tx);

    /** The callback or retry of the queue (or the caller's own callback) that falls due soonest after {@code now}. */
    Optional<UpcomingCall> firstUpcoming(Tx tx, CallQueue queue, Instant now, int maxAttempts, long callerId);

    /**
     * A company of the queue that could be called now but for its calling hours: never called or
     * with a retry due, in one of {@code zones} (or of no known zone, with {@code unknown}).
     */
    Optional<UpcomingCall> firstWaiting(Tx tx, CallQueue queue, Instant now, int maxAttempts, long callerId,
                                        List<String> zones, boolean unknown);

    /**
     * The callbacks a caller promised that fall due before {@code until} (the overdue ones too), in
     * any queue, earliest first: those whose time is the one the caller's own call agreed.
     */
    List<Callback> callbacksOf(Tx tx, long callerId, Instant until);
}
