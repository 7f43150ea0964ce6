package app.obzvon.figures;

import java.time.Duration;
import java.time.Instant;

/**
 * One caller's calls logged within one quarter of an hour, as the base adds them up. A quarter
 * hour is the finest slice every time zone's offset divides, so hours and days in the clock's
 * zone are sums of whole slices.
 */
public record Tally(long callerId, Instant slot, Counts counts) {

    public static final Duration SLOT = Duration.ofMinutes(15);
}
