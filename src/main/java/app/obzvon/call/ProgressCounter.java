package app.obzvon.call;

import app.obzvon.common.Tx;
import app.obzvon.queue.CallQueue;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * Counts today's progress from the database, so a restart loses nothing. The count is read once
 * and then moved by each call this window logs ({@link #logged}), not read again at each key press
 * (a read that grows with the day's calls); it is read afresh after {@link #FRESH_FOR}, for calls
 * the same person logged on another window, on a new day, and after {@link #forget}.
 */
public final class ProgressCounter {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final CallRepository calls;
    private final Function<Tx, CallingRules> rules;
    private final Clock clock;
    private Counted counted;

    public ProgressCounter(CallRepository calls, Function<Tx, CallingRules> rules, Clock clock) {
        this.calls = calls;
        this.rules = rules;
        this.clock = clock;
    }

    public DayProgress today(Tx tx, long callerId, CallQueue queue) {
        var now = ZonedDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        var read = clock.instant();
        var kept = counted;
        if (kept == null || kept.callerId != callerId || !kept.day.equals(day) || read.isBefore(kept.read)
                || !read.isBefore(kept.read.plus(FRESH_FOR))) {
            var from = day.atStartOfDay(clock.getZone()).toInstant();
            var to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            kept = new Counted(callerId, day, read, calls.counts(tx, callerId, from, to));
            counted = kept;
        }
        return new DayProgress(kept.counts, queue.dailyTarget(), now.toLocalTime(), rules.apply(tx).workdayEnd());
    }

    /** A call just committed by this window: counted today if it was logged today. */
    public void logged(long callerId, Outcome outcome, Instant loggedAt) {
        var kept = counted;
        if (kept != null && kept.callerId == callerId && kept.day.equals(loggedAt.atZone(clock.getZone()).toLocalDate())) {
            var c = kept.counts;
            counted = new Counted(callerId, kept.day, kept.read, new DayCounts(c.calls() + 1,
                    c.conversations() + (outcome.conversation() ? 1 : 0), c.leads() + (outcome.lead() ? 1 : 0)));
        }
    }

    /** The next look reads the count from the base again (an undo, a transaction rolled back). */
    public void forget() {
        counted = null;
    }

    private record Counted(long callerId, LocalDate day, Instant read, DayCounts counts) {
    }
}
