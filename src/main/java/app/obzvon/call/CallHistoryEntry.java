package app.obzvon.call;

import app.obzvon.contact.ContactStatus;

import java.time.Instant;

/**
 * One earlier call as the contact card lists it: when, who, what came of it, why, and the status it
 * moved the company from and to (the same when it moved nothing).
 */
public record CallHistoryEntry(Instant at, String outcomeCode, String outcomeLabel, String note,
                               String callerName, Instant callbackAt, String refusalReason,
                               ContactStatus statusBefore, ContactStatus statusAfter) {

    public CallHistoryEntry withStatusAfter(ContactStatus after) {
        return new CallHistoryEntry(at, outcomeCode, outcomeLabel, note, callerName, callbackAt, refusalReason,
                statusBefore, after);
    }

    public boolean changedStatus() {
        return statusBefore != statusAfter;
    }
}
