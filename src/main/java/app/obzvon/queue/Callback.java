package app.obzvon.queue;

import java.time.Instant;
import java.time.ZoneId;

/** A callback a caller promised: the company, the person, when, and in which time zone they live. */
public record Callback(long contactId, String company, String person, Instant at, ZoneId zone) {
}
