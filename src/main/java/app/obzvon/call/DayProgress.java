package app.obzvon.call;

import app.obzvon.shift.Shift;

import java.time.Duration;
import java.time.LocalTime;
import java.util.OptionalInt;

/**
 * The calls against the target, and the pace still needed to reach it: of the open shift (its
 * share of the daily target, paced to its planned end) or, with no shift open, of the day (paced to
 * the end of the working day). {@code leadsTarget} is the qualified leads the next stage needs of
 * the caller in the same time (null: none asked); {@code shift} null when none is open.
 */
public record DayProgress(DayCounts counts, int target, Integer leadsTarget, LocalTime now, LocalTime until,
                          Shift shift) {

    public double fraction() {
        return Math.min(1.0, counts.calls() / (double) target);
    }

    public int remaining() {
        return Math.max(0, target - counts.calls());
    }

    /** Calls per hour needed from now to the shift's (or the working day's) end; empty once it is over. */
    public OptionalInt callsPerHourNeeded() {
        if (remaining() == 0 || !now.isBefore(until)) {
            return OptionalInt.empty();
        }
        double hours = Duration.between(now, until).toSeconds() / 3600.0;
        return OptionalInt.of((int) Math.ceil(remaining() / Math.max(hours, 1.0 / 60)));
    }
}
