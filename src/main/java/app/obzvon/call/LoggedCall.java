package app.obzvon.call;

import app.obzvon.contact.ContactState;

import java.time.Instant;

/** A logged call as undo needs it. */
public record LoggedCall(long id, long contactId, long callerId, Instant loggedAt, ContactState contactBefore,
                         Integer contactVersionAfter, Long closedPhoneId) {
}
