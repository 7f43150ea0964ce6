package app.obzvon.call;

import app.obzvon.contact.ContactState;

import java.time.Instant;

/**
 * A logged call as undo needs it; {@code contactAfter} is the state it left (known to the session
 * that logged it, null when read back from the base).
 */
public record LoggedCall(long id, long contactId, long callerId, Instant loggedAt, ContactState contactBefore,
                         Integer contactVersionAfter, Long closedPhoneId, ContactState contactAfter) {

    /** How the call changed its caller's working list: +1 a company came in, -1 one left, 0 neither. */
    public int workingListChange() {
        return contactAfter == null ? 0 : inWork(contactAfter) - inWork(contactBefore);
    }

    private int inWork(ContactState s) {
        return s.work() != null && s.work().callerId() == callerId
                && app.obzvon.contact.ContactStatus.IN_WORK.contains(s.status()) ? 1 : 0;
    }
}
