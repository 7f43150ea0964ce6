package app.obzvon.contact;

import java.time.Instant;

/** The part of a contact that a call changes, kept whole so an undo can put it back exactly. */
public record ContactState(
        ContactStatus status,
        int attempts,
        Instant nextCallAt,
        NextCallKind nextCallKind,
        boolean doNotCall,
        RefusalReason refusalReason) {
}
