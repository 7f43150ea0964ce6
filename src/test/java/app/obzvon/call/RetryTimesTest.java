package app.obzvon.call;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Retries land in another part of the company's day than the attempt just made. */
class RetryTimesTest {

    static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    static final Duration TWO_HOURS = Duration.ofHours(2);

    static ZonedDateTime monday(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, VLADIVOSTOK);
    }

    @Test
    void aMorningAttemptIsTriedAgainAtMiddayOrLater() {
        assertEquals(monday(12, 0).toInstant(), RetryTimes.next(monday(9, 30).toInstant(), TWO_HOURS, VLADIVOSTOK));
        assertEquals(monday(12, 45).toInstant(), RetryTimes.next(monday(10, 45).toInstant(), TWO_HOURS, VLADIVOSTOK),
                "two hours on is midday already");
    }

    @Test
    void aMiddayAttemptIsTriedAgainInTheAfternoon() {
        assertEquals(monday(15, 0).toInstant(), RetryTimes.next(monday(12, 10).toInstant(), TWO_HOURS, VLADIVOSTOK));
    }

    @Test
    void anEveningAttemptIsTriedTheNextMorningNotAtNightTheirTime() {
        // The case: a no-answer at 19:09 in Vladivostok came back at 21:09 their time.
        assertEquals(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, VLADIVOSTOK).toInstant(),
                RetryTimes.next(monday(19, 9).toInstant(), TWO_HOURS, VLADIVOSTOK));
    }

    @Test
    void aLongDelayIsKeptAsItIs() {
        assertEquals(monday(9, 30).plusDays(1).toInstant(),
                RetryTimes.next(monday(9, 30).toInstant(), Duration.ofDays(1), VLADIVOSTOK));
    }
}
