package app.obzvon.call;

import app.obzvon.common.Tx;
import app.obzvon.queue.CallQueue;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Function;

/** Counts today's progress from the database, so a restart loses nothing. */
public final class ProgressCounter {

    private final CallRepository calls;
    private final Function<Tx, CallingRules> rules;
    private final Clock clock;

    public ProgressCounter(CallRepository calls, Function<Tx, CallingRules> rules, Clock clock) {
        this.calls = calls;
        this.rules = rules;
        this.clock = clock;
    }

    public DayProgress today(Tx tx, long callerId, CallQueue queue) {
        var now = ZonedDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        var from = day.atStartOfDay(clock.getZone()).toInstant();
        var to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var counts = calls.counts(tx, callerId, from, to);
        return new DayProgress(counts, queue.dailyTarget(), now.toLocalTime(), rules.apply(tx).workdayEnd());
    }
}
