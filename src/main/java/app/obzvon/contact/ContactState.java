package app.obzvon.contact;

import java.time.Instant;

/**
 * The part of a contact that a call changes, kept whole so an undo can put it back exactly.
 * {@code work} is null for a company in nobody's working list.
 */
public record ContactState(
        ContactStatus status,
        int attempts,
        Instant nextCallAt,
        NextCallKind nextCallKind,
        boolean doNotCall,
        RefusalReason refusalReason,
        InWork work) {

    /** A state in nobody's working list. */
    public ContactState(ContactStatus status, int attempts, Instant nextCallAt, NextCallKind nextCallKind,
                        boolean doNotCall, RefusalReason refusalReason) {
        this(status, attempts, nextCallAt, nextCallKind, doNotCall, refusalReason, null);
    }

    public ContactState withWork(InWork newWork) {
        return new ContactState(status, attempts, nextCallAt, nextCallKind, doNotCall, refusalReason, newWork);
    }
}
