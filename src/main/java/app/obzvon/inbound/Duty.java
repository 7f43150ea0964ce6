package app.obzvon.inbound;

import java.time.LocalDate;

/** One half-day of the duty roster: who takes the inbound requests then. */
public record Duty(LocalDate day, HalfDay half, long callerId, String callerName) {
}
