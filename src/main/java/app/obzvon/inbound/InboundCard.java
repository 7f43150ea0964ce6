package app.obzvon.inbound;

import java.time.Instant;

/** What the caller's card says of an inbound request on the company shown: who asked, for what, from where, when. */
public record InboundCard(String person, String phone, String wants, String source, Instant receivedAt) {
}
