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
    public static final int MAX_ATTEMPTS = 20;

    public CallingRules {
        if (retryDelay.toMinutes() < 1 || retryDelay.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("the retry delay is a minute to 7 days, was " + retryDelay);
        }
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("attempts are 1.." + MAX_ATTEMPTS + ", was " + maxAttempts);
        }
        if (recallAfter.toDays() < 1 || recallAfter.toDays() > 730) {
            throw new IllegalArgumentException("the re-call pool's rest is 1..730 days, was " + recallAfter);
        }
    }
}
