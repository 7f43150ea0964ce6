package app.obzvon.queue;

import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface QueueRepository {

    List<CallQueue> all();

    /** The queues given to this person. */
    List<CallQueue> givenTo(long personId);

    CallQueue add(NewQueue queue);

    void setDailyTarget(long queueId, int target);

    /** The script the queue's callers read from now on; null for none. */
    void setScript(long queueId, Long scriptId);

    /*
     * The dispensing look-ups pass over contacts on another holder's screen (a claim whose lease runs).
     */

    /**
     * The queue's callable contact with a call of this kind due within [{@code from}, {@code now}]
     * whose time came earliest (then the lowest id).
     */
    Optional<Contact> firstDue(CallQueue queue, NextCallKind kind, Instant from, Instant now, int maxAttempts,
                               String holder);

    /** The queue's callable contact never called, from this id on, in the order the base was loaded. */
    Optional<Contact> firstNeverCalled(CallQueue queue, long fromId, Instant now, String holder);

    /** The highest contact id in the base; 0 for an empty base. */
    long lastContactId();

    /** The callable contact with a callback or retry that falls due soonest after {@code now}. */
    Optional<UpcomingCall> firstUpcoming(CallQueue queue, Instant now, int maxAttempts);

    /**
     * The callbacks a caller promised that fall due before {@code until} (the overdue ones too), in
     * any queue, earliest first: those whose time is the one the caller's own call agreed.
     */
    List<Callback> callbacksOf(long callerId, Instant until);
}
