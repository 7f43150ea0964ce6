package app.obzvon.call;

import app.obzvon.contact.ContactState;

import java.time.Instant;

/** A call about to be logged, with the contact's state before it (for undo). */
public record NewCall(
        long contactId,
        Long queueId,
        long callerId,
        long outcomeId,
        Instant startedAt,
        Instant loggedAt,
        CallDetails details,
        ContactState contactBefore,
        // The contact's version this call leaves it at: an undo checks nobody changed it since.
        int contactVersionAfter,
        // The number this call closed (wrong number, do not call), so its undo opens it again.
        Long closedPhoneId) {
}
