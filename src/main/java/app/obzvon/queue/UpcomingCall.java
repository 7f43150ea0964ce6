package app.obzvon.queue;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When an empty queue fills again and with which company: a callback or a retry falls due, or a
 * company waiting for its calling hours reaches them. {@code zone} is the company's (null: unknown).
 */
public record UpcomingCall(Instant at, Reason reason, String company, ZoneId zone) {

    public enum Reason { CALLBACK, RETRY, CALLING_HOURS }

    public UpcomingCall at(Instant later) {
        return new UpcomingCall(later, reason, company, zone);
    }
}
