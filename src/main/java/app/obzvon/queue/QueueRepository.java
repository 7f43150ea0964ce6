package app.obzvon.queue;

import app.obzvon.contact.Contact;
import app.obzvon.contact.NextCallKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface QueueRepository {

    List<CallQueue> all();

    CallQueue add(NewQueue queue);

    void setDailyTarget(long queueId, int target);

    /** The script the queue's callers read from now on; null for none. */
    void setScript(long queueId, Long scriptId);

    /** The callable contact of this kind whose time came earliest (at or before {@code now}). */
    Optional<Contact> firstDue(CallQueue queue, NextCallKind kind, Instant now, int maxAttempts);

    /** The callable contact that was never called, in the order the base was loaded. */
    Optional<Contact> firstNeverCalled(CallQueue queue);

    /** The callable contact with a callback or retry that falls due soonest after {@code now}. */
    Optional<UpcomingCall> firstUpcoming(CallQueue queue, Instant now, int maxAttempts);
}
