package app.obzvon.figures;

import java.time.Duration;
import java.time.Instant;

/**
 * A caller's shift as the figures read it: when it started, its planned end, its end ({@code null}
 * while open) and the pause running in it ({@code null} reason when none).
 */
public record DayShift(long callerId, Instant startedAt, Instant plannedEndAt, Instant endedAt,
                       String pauseReason, Instant pauseSince) {

    public boolean open() {
        return endedAt == null;
    }

    public Duration planned() {
        return Duration.between(startedAt, plannedEndAt);
    }

    /** The part of the planned shift gone by {@code now}: none before it starts, all of it after its planned end. */
    Duration plannedGone(Instant now) {
        if (now.isBefore(startedAt)) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, now.isAfter(plannedEndAt) ? plannedEndAt : now);
    }
}
