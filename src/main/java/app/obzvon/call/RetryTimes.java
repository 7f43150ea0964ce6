package app.obzvon.call;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When an unanswered company is tried again: after the retry delay, and never in the same part of
 * its day as the attempt just made (morning, midday, afternoon, in its own time). Someone out every
 * morning is caught in the afternoon; three tries at 10:00, 12:00 and 14:00 would all miss them.
 * Whether that moment is inside the queue's calling hours is the dispenser's business.
 */
public final class RetryTimes {

    static final LocalTime MIDDAY = LocalTime.of(12, 0);
    static final LocalTime AFTERNOON = LocalTime.of(15, 0);
    static final LocalTime MORNING = LocalTime.of(9, 0);

    private RetryTimes() {
    }

    public static Instant next(Instant now, Duration delay, ZoneId zone) {
        var local = now.atZone(zone);
        var candidate = now.plus(delay).atZone(zone);
        if (!candidate.toLocalDate().equals(local.toLocalDate())
                || part(candidate.toLocalTime()) != part(local.toLocalTime())) {
            return candidate.toInstant();
        }
        return switch (part(local.toLocalTime())) {
            case 0 -> local.with(MIDDAY).toInstant();
            case 1 -> local.with(AFTERNOON).toInstant();
            default -> local.toLocalDate().plusDays(1).atTime(MORNING).atZone(zone).toInstant();
        };
    }

    /** 0 morning (before noon), 1 midday (noon to three), 2 afternoon and evening. */
    private static int part(LocalTime time) {
        return time.isBefore(MIDDAY) ? 0 : time.isBefore(AFTERNOON) ? 1 : 2;
    }
}
