package app.obzvon.inbound;

import java.time.Instant;

/**
 * A caller on shift and not in a pause: since when, and their last request (when it was given, null:
 * never; and its id, which orders requests given in the same millisecond).
 */
public record OnShift(long callerId, Instant shiftStartedAt, Instant lastAssignedAt, long lastRequestId) {
}
