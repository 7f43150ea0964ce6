package app.obzvon.inbound;

import java.time.Duration;
import java.time.Instant;

/**
 * An inbound request: what came in and when, the company it matched or made, to whom it went
 * ({@code callerId} null: waiting for someone on shift or on duty), when the caller first had it on
 * screen, and when it was answered (the first call logged on the company since; null: not yet).
 */
public record InboundRequest(long id, long contactId, String company, String person, String phone, String wants,
                             String source, Instant receivedAt, Long callerId, String callerName, Instant assignedAt,
                             Instant shownAt, Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }

    /** How long it has waited for an answer: until it was answered, or until now. */
    public Duration waited(Instant now) {
        var end = answeredAt != null ? answeredAt : now;
        return end.isBefore(receivedAt) ? Duration.ZERO : Duration.between(receivedAt, end);
    }
}
