package app.obzvon.call;

import app.obzvon.common.Tx;
import app.obzvon.queue.CallQueue;
import app.obzvon.settings.CallingRules;
import app.obzvon.team.CallerTarget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Counts the progress from the database, so a restart loses nothing: the calls since the open
 * shift started (or since the day began, with no shift open), against the caller's own target (or
 * the queue's), the shift's share of it. The count and the plan are read once and then moved by each
 * call this window logs ({@link #logged}), not read again at each key press (a read that grows with
 * the day's calls); they are read afresh after {@link #FRESH_FOR}, for calls the same person logged on
 * another window and a shift changed elsewhere, on a new day, and after {@link #forget}.
 */
public final class ProgressCounter {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final CallRepository calls;
    private final Function<Tx, CallingRules> rules;
    private final BiFunction<Tx, Long, CallerPlan> plans;
    private final Clock clock;
    private Counted counted;

    public ProgressCounter(CallRepository calls, Function<Tx, CallingRules> rules,
                           BiFunction<Tx, Long, CallerPlan> plans, Clock clock) {
        this.calls = calls;
        this.rules = rules;
        this.plans = plans;
        this.clock = clock;
    }

    public DayProgress today(Tx tx, long callerId, CallQueue queue) {
        var now = ZonedDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        var read = clock.instant();
        var kept = counted;
        if (kept == null || kept.callerId != callerId || !kept.day.equals(day) || read.isBefore(kept.read)
                || !read.isBefore(kept.read.plus(FRESH_FOR))) {
            var plan = plans.apply(tx, callerId);
            var from = plan.shift() != null ? plan.shift().startedAt() : day.atStartOfDay(clock.getZone()).toInstant();
            var to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            kept = new Counted(callerId, day, read, plan, calls.counts(tx, callerId, from, to));
            counted = kept;
        }
        var target = kept.plan.target();
        int daily = target.callsOr(queue.dailyTarget());
        var shift = kept.plan.shift();
        if (shift == null) {
            return new DayProgress(kept.counts, daily, target.leads(), now.toLocalTime(), rules.apply(tx).workdayEnd(),
                    null);
        }
        var leads = target.leads() == null ? null : CallerTarget.forShift(target.leads(), shift.planned());
        return new DayProgress(kept.counts, CallerTarget.forShift(daily, shift.planned()), leads, now.toLocalTime(),
                shift.plannedEnd().atZone(clock.getZone()).toLocalTime(), shift);
    }

    /** A call just committed by this window: counted if it was logged today. */
    public void logged(long callerId, Outcome outcome, Instant startedAt, Instant loggedAt) {
        var kept = counted;
        if (kept != null && kept.callerId == callerId && kept.day.equals(loggedAt.atZone(clock.getZone()).toLocalDate())) {
            counted = new Counted(callerId, kept.day, kept.read, kept.plan,
                    kept.counts.plus(outcome, Duration.between(startedAt, loggedAt).toSeconds()));
        }
    }

    /** The next look reads the count and the plan from the base again (an undo, a shift changed, a rollback). */
    public void forget() {
        counted = null;
    }

    private record Counted(long callerId, LocalDate day, Instant read, CallerPlan plan, DayCounts counts) {
    }
}
