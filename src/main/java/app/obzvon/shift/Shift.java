package app.obzvon.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A caller's shift: when it started, when it is planned to end (the pace runs to then), when it
 * ended (null while open), and its pauses in order.
 */
public record Shift(long id, long callerId, Instant startedAt, Instant plannedEnd, Instant endedAt, List<Pause> pauses) {

    /**
     * An open shift whose planned end passed longer ago than this was left open (a window closed
     * without signing out): its caller is away, for the dashboard and for inbound requests' turns.
     */
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    public Shift {
        pauses = List.copyOf(pauses);
    }

    public boolean open() {
        return endedAt == null;
    }

    public Duration planned() {
        return Duration.between(startedAt, plannedEnd);
    }

    public Optional<Pause> runningPause() {
        return pauses.stream().filter(Pause::running).findFirst();
    }

    /** Time in pauses by {@code now}. */
    public Duration paused(Instant now) {
        return pauses.stream().map(p -> p.length(now)).reduce(Duration.ZERO, Duration::plus);
    }

    /** Time on the shift by {@code now} (or its end), pauses left out: what calls per hour are counted over. */
    public Duration worked(Instant now) {
        var end = endedAt == null ? now : endedAt;
        var all = end.isAfter(startedAt) ? Duration.between(startedAt, end) : Duration.ZERO;
        var worked = all.minus(paused(now));
        return worked.isNegative() ? Duration.ZERO : worked;
    }

    /** Calls per hour worked; zero until a minute has been worked (a rate over seconds says nothing). */
    public int callsPerHour(int calls, Instant now) {
        var worked = worked(now);
        if (worked.compareTo(Duration.ofMinutes(1)) < 0) {
            return 0;
        }
        return (int) Math.round(calls * 3600.0 / worked.toSeconds());
    }

    public Shift with(List<Pause> pauses) {
        return new Shift(id, callerId, startedAt, plannedEnd, endedAt, pauses);
    }
}
