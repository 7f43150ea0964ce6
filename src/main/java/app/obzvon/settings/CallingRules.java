package app.obzvon.settings;

import java.time.Duration;
import java.time.LocalTime;

/** The supervisor's rules for retries and the working day. */
public record CallingRules(Duration retryDelay, int maxAttempts, LocalTime workdayEnd) {

    public static final CallingRules DEFAULT = new CallingRules(Duration.ofHours(2), 5, LocalTime.of(18, 0));
}
