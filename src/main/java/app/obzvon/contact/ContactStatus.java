package app.obzvon.contact;

import java.util.EnumSet;
import java.util.Set;

/** Where a company stands in the lead lifecycle (the statuses the sales departments use). */
public enum ContactStatus {
    NEW,
    /** First contact made. */
    CONTACT_1,
    /** Warming up: the proposal discussed. */
    CONTACT_2,
    /** Persuading: special terms. */
    CONTACT_3,
    QUALIFIED,
    /** A qualified lead handed to the next stage: it has left the cold stage for good. */
    HANDED_OVER,
    /** The next stage's: an invoice issued, a contract signed. Arrives with its results, never set by a caller. */
    DEAL,
    /** The next stage's: paid, shipping, documents. */
    DEAL_SUPPORT,
    /** The next stage's: closing documents signed, repeat deals. */
    CLIENT,
    /** A hard refusal: not our profile, out for good. Soft refusals go to the re-call pool. */
    REFUSED,
    /** Ready to talk, no date. */
    STRATEGIC_RESERVE,
    /** Suitable, softly refused or out of attempts: called again once its date comes. */
    RECALL_POOL,
    WRONG_NUMBER;

    /** Statuses a cold caller may still be given; the rest belong to another stage or are closed. */
    public static final Set<ContactStatus> CALLABLE =
            EnumSet.of(NEW, CONTACT_1, CONTACT_2, CONTACT_3, STRATEGIC_RESERVE, RECALL_POOL);

    /**
     * What a chosen outcome may still hand over: not lost (refused, wrong number, resting in the
     * re-call pool) and not gone to the next stage already. Leads themselves must still be Qualified.
     */
    public static final Set<ContactStatus> HANDABLE =
            EnumSet.of(NEW, CONTACT_1, CONTACT_2, CONTACT_3, QUALIFIED, STRATEGIC_RESERVE);

    /** Active work: what a caller's working list holds and its deadline runs for. */
    public static final Set<ContactStatus> IN_WORK = EnumSet.of(CONTACT_1, CONTACT_2, CONTACT_3);

    public boolean isCallable() {
        return CALLABLE.contains(this);
    }

    /** One conversation warms a lead one step: New → Contact 1 → Contact 2 → Contact 3. */
    public ContactStatus advanced() {
        return switch (this) {
            case CONTACT_1 -> CONTACT_2;
            case CONTACT_2, CONTACT_3 -> CONTACT_3;
            case NEW, STRATEGIC_RESERVE, RECALL_POOL -> CONTACT_1;
            default -> this;
        };
    }
}
