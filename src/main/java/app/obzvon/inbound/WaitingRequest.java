package app.obzvon.inbound;

import java.time.Duration;

/** A request not answered yet, and how long it has waited since it came in. */
public record WaitingRequest(InboundRequest request, Duration waiting) {
}
