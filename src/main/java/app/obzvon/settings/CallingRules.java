package app.obzvon.settings;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The supervisor's rules for retries and the working day, and how long a company rests in the
 * re-call pool (softly refused, or out of attempts) before it is called again.
 */
public record CallingRules(Duration retryDelay, int maxAttempts, LocalTime workdayEnd, Duration recallAfter) {

    public static final CallingRules DEFAULT = new CallingRules(Duration.ofHours(2), 5, LocalTime.of(18, 0),
            Duration.ofDays(90));
}
