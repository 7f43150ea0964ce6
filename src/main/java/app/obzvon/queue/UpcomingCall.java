package app.obzvon.queue;

import app.obzvon.contact.NextCallKind;

import java.time.Instant;

/** The next contact in a queue that falls due later: what an empty queue tells the caller. */
public record UpcomingCall(Instant at, NextCallKind kind, String company) {
}
