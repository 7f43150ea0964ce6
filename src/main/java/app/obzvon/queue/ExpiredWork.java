package app.obzvon.queue;

import app.obzvon.contact.ContactStatus;

import java.time.Instant;

/** A company whose deadline passed without a lead: whose list it left, from what status to what, and when. */
public record ExpiredWork(long contactId, String company, long callerId, String callerName, ContactStatus from,
                          ContactStatus to, Instant at) {
}
