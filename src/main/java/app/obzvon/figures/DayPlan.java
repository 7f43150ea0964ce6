package app.obzvon.figures;

import app.obzvon.queue.CallQueue;
import app.obzvon.team.CallerTarget;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A caller's day against their targets, at one moment. With shifts today, the targets are the
 * daily ones pro-rated to the shifts' planned length and the straight line runs over the shifts;
 * without, the whole day's targets over the working day, from {@link #WORKDAY_START} to the
 * calling rules' end of the day.
 */
final class DayPlan {

    /** Where the working day's straight line starts: the queues' calling hours open at 09:00 by default. */
    static final LocalTime WORKDAY_START = LocalTime.of(9, 0);

    private final Instant now;
    private final Instant midnight;
    private final Instant dayStart;
    private final Instant dayEnd;

    DayPlan(Instant now, ZoneId zone, LocalTime workdayEnd) {
        this.now = now;
        LocalDate today = now.atZone(zone).toLocalDate();
        this.midnight = today.atStartOfDay(zone).toInstant();
        this.dayStart = today.atTime(WORKDAY_START).atZone(zone).toInstant();
        var end = today.atTime(workdayEnd).atZone(zone).toInstant();
        this.dayEnd = end.isAfter(dayStart) ? end : dayStart.plus(CallerTarget.FULL_DAY);
    }

    /** Where the shifts to read start: today's, and one opened late last night still running. */
    Instant shiftsSince() {
        return midnight.minus(CallerTarget.MAX_SHIFT);
    }

    Instant midnight() {
        return midnight;
    }

    /** The part of the working day gone by now, 0 to 1. */
    double dayGone() {
        if (!now.isAfter(dayStart)) {
            return 0;
        }
        return now.isBefore(dayEnd) ? (double) Duration.between(dayStart, now).toMillis()
                / Duration.between(dayStart, dayEnd).toMillis() : 1;
    }

    CallerDay of(long callerId, String name, Counts counts, CallerTarget target, List<DayShift> shifts) {
        var todays = shifts.stream().filter(s -> s.open() || !s.startedAt().isBefore(midnight)).toList();
        var open = todays.stream().filter(DayShift::open).max(Comparator.comparing(DayShift::startedAt)).orElse(null);
        boolean forgotten = open != null && now.isAfter(open.plannedEndAt().plus(app.obzvon.shift.Shift.FORGOTTEN_AFTER));
        Presence presence = open == null || forgotten ? Presence.AWAY
                : open.pauseReason() != null ? Presence.IN_PAUSE : Presence.ON_SHIFT;
        Instant since = switch (presence) {
            case IN_PAUSE -> open.pauseSince();
            case ON_SHIFT -> open.startedAt();
            case AWAY -> forgotten ? open.plannedEndAt() : todays.stream().map(DayShift::endedAt)
                    .max(Comparator.naturalOrder()).orElse(null);
        };

        int daily = target.callsOr(CallQueue.DEFAULT_TARGET);
        Integer dailyLeads = target.leads();
        int callsTarget;
        Integer leadsTarget;
        double gone;
        Instant end;
        if (todays.isEmpty()) {
            callsTarget = daily;
            leadsTarget = dailyLeads;
            gone = dayGone();
            end = dayEnd;
        } else {
            var planned = todays.stream().map(DayShift::planned).reduce(Duration.ZERO, Duration::plus);
            var plannedGone = todays.stream().map(s -> s.plannedGone(now)).reduce(Duration.ZERO, Duration::plus);
            callsTarget = CallerTarget.forShift(daily, planned);
            leadsTarget = dailyLeads == null ? null : CallerTarget.forShift(dailyLeads, planned);
            gone = planned.isZero() ? 1 : (double) plannedGone.toMillis() / planned.toMillis();
            // Off shift now, the day's shifts are what there was: no time left to make up in.
            end = presence == Presence.AWAY ? null : open.plannedEndAt();
        }
        int expected = (int) Math.floor(callsTarget * gone);
        boolean leadsBehind = leadsTarget != null && counts.leads() < Math.floor(leadsTarget * gone);
        return new CallerDay(callerId, name, presence, presence == Presence.IN_PAUSE ? open.pauseReason() : null,
                since, counts, callsTarget, leadsTarget, expected, pace(callsTarget - counts.calls(), end),
                counts.calls() < expected, leadsBehind);
    }

    /** Calls an hour from now to {@code end}: 0 with nothing left to do, null with no time left. */
    private Double pace(int left, Instant end) {
        if (left <= 0) {
            return 0.0;
        }
        if (end == null || !end.isAfter(now)) {
            return null;
        }
        return left * 3_600_000.0 / Duration.between(now, end).toMillis();
    }
}
