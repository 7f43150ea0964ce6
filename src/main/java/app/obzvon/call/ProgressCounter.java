package app.obzvon.call;

import app.obzvon.queue.CallQueue;
import app.obzvon.settings.CallingRules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/** Counts today's progress from the database, so a restart loses nothing. */
public final class ProgressCounter {

    private final CallRepository calls;
    private final Supplier<CallingRules> rules;
    private final Clock clock;

    public ProgressCounter(CallRepository calls, Supplier<CallingRules> rules, Clock clock) {
        this.calls = calls;
        this.rules = rules;
        this.clock = clock;
    }

    public DayProgress today(long callerId, CallQueue queue) {
        var now = ZonedDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        var from = day.atStartOfDay(clock.getZone()).toInstant();
        var to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var counts = calls.counts(callerId, from, to);
        return new DayProgress(counts, queue.dailyTarget(), now.toLocalTime(), rules.get().workdayEnd());
    }
}
