package app.obzvon.contact;

import java.util.EnumSet;
import java.util.Set;

/** Where a company stands in the lead lifecycle (the statuses the sales departments use). */
public enum ContactStatus {
    NEW,
    CONTACT_1,
    CONTACT_2,
    CONTACT_3,
    QUALIFIED,
    DEAL,
    REFUSED,
    STRATEGIC_RESERVE,
    RECALL_POOL,
    WRONG_NUMBER;

    /** Statuses a cold caller may still be given; the rest belong to another stage or are closed. */
    public static final Set<ContactStatus> CALLABLE =
            EnumSet.of(NEW, CONTACT_1, CONTACT_2, CONTACT_3, STRATEGIC_RESERVE, RECALL_POOL);

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
