package app.obzvon.inbound;

import java.time.Duration;

/**
 * The supervisor's settings for inbound requests: how they are handed out, and after how long an
 * unanswered request counts as waiting too long (highlighted in the list and on the dashboard).
 */
public record InboundSettings(Handout handout, Duration waitingTooLong) {

    public static final InboundSettings DEFAULT = new InboundSettings(Handout.TURNS, Duration.ofMinutes(15));
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 24 * 60;
}
