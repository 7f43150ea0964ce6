package app.obzvon.call;

import java.time.Instant;

/** One earlier call as the contact card lists it. */
public record CallHistoryEntry(Instant at, String outcomeCode, String outcomeLabel, String note,
                               String callerName, Instant callbackAt, String refusalReason) {
}
