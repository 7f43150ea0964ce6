package app.obzvon.call;

import java.time.Duration;
import java.time.LocalTime;
import java.util.OptionalInt;

/** Today's calls against the queue's daily target, and the pace still needed to reach it. */
public record DayProgress(DayCounts counts, int target, LocalTime now, LocalTime workdayEnd) {

    public double fraction() {
        return Math.min(1.0, counts.calls() / (double) target);
    }

    public int remaining() {
        return Math.max(0, target - counts.calls());
    }

    /** Calls per hour needed from now to the end of the working day; empty once the day is over. */
    public OptionalInt callsPerHourNeeded() {
        if (remaining() == 0 || !now.isBefore(workdayEnd)) {
            return OptionalInt.empty();
        }
        double hours = Duration.between(now, workdayEnd).toSeconds() / 3600.0;
        return OptionalInt.of((int) Math.ceil(remaining() / Math.max(hours, 1.0 / 60)));
    }
}
