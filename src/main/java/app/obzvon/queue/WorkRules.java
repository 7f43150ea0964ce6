package app.obzvon.queue;

import app.obzvon.contact.ContactState;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.InWork;
import app.obzvon.contact.NextCallKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A queue's rules for active work (the seeds' working list and deadline): a caller holds at most
 * {@code workingList} companies in Contact 1–3, each for at most {@code deadlineDays} from its first
 * contact; then it goes to {@code expireTo}. With {@code sharedCallbacks}, anyone in the queue may
 * take a due callback while its caller has no window open.
 */
public record WorkRules(int workingList, int deadlineDays, ContactStatus expireTo, boolean sharedCallbacks) {

    /** Far above the seeds' 50–90: a department that wants no limit sets this. */
    public static final int MAX_WORKING_LIST = 10_000;
    public static final Set<Integer> SUGGESTED_DEADLINES = Set.of(14, 30, 40);
    public static final Set<ContactStatus> EXPIRY_STATUSES = Set.of(ContactStatus.STRATEGIC_RESERVE,
            ContactStatus.RECALL_POOL);
    /** The seeds' advice: 50–90 companies, 30 days; an expired company is kept in reserve. */
    public static final WorkRules DEFAULT = new WorkRules(70, 30, ContactStatus.STRATEGIC_RESERVE, false);

    public WorkRules {
        if (workingList < 1 || workingList > MAX_WORKING_LIST) {
            throw new IllegalArgumentException("the working list must hold 1.." + MAX_WORKING_LIST + " companies, was "
                    + workingList);
        }
        if (deadlineDays < 1 || deadlineDays > 365) {
            throw new IllegalArgumentException("the deadline must be 1..365 days, was " + deadlineDays);
        }
        if (!EXPIRY_STATUSES.contains(expireTo)) {
            throw new IllegalArgumentException("an expired company goes to the reserve or the re-call pool, not " + expireTo);
        }
    }

    /**
     * Whose working list holds the company after a call by {@code callerId}: the caller's while it is
     * in active work (its deadline kept from the first contact, even when another caller takes it
     * over) or has a callback they agreed; nobody's once it leaves active work.
     */
    public InWork after(ContactState before, ContactState after, long callerId, Long queueId, Instant now) {
        var held = before.work();
        if (ContactStatus.IN_WORK.contains(after.status())) {
            var deadline = held != null && held.deadline() != null ? held.deadline()
                    : now.plus(Duration.ofDays(deadlineDays));
            return new InWork(callerId, deadline, held != null && held.deadline() != null ? held.queueId() : queueId);
        }
        if (after.nextCallKind() == NextCallKind.CALLBACK) {
            return new InWork(callerId, null, queueId);
        }
        return null;
    }
}
