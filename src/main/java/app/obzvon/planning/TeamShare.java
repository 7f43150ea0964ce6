package app.obzvon.planning;

import app.obzvon.common.RefusedException;
import app.obzvon.queue.CallQueue;
import app.obzvon.team.CallerTarget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's day shared among the team: every active caller gets the same full-day targets, which
 * their shift pro-rates (a 4-hour student does half), just high enough that the shifts together make
 * the calls and the qualified leads a day the plan needs. Also what the team makes today at its own
 * targets, to compare. Pure.
 */
public record TeamShare(PlanResult plan, List<Share> shares, int calls, int leads, int capacityNow) {

    /** One caller: their targets now, the planner's in their place, and what their usual shift makes of them. */
    public record Share(TeamMember member, CallerTarget planned, int shiftCalls, int shiftLeads) {
    }

    public TeamShare {
        shares = List.copyOf(shares);
    }

    public static TeamShare of(PlanResult plan, List<TeamMember> team) {
        if (team.isEmpty()) {
            throw new RefusedException("planner.refused.no.callers");
        }
        int calls = fullDay(plan.callsPerDay(), team);
        if (calls > CallQueue.MAX_TARGET) {
            throw new RefusedException("planner.refused.team.calls", team.size(), calls, CallQueue.MAX_TARGET);
        }
        int leads = fullDay(plan.leadsPerDay(), team);
        if (leads > CallerTarget.MAX_LEADS) {
            throw new RefusedException("planner.refused.team.leads", team.size(), leads, CallerTarget.MAX_LEADS);
        }
        int callerCalls = plan.inputs().callerCalls();
        int now = team.stream().mapToInt(m -> CallerTarget.forShift(m.target().callsOr(callerCalls),
                m.target().shiftOrFullDay())).sum();
        var shares = team.stream().map(m -> {
            // A typed number, not a preset; the caller's shift stays as the supervisor set it.
            var planned = new CallerTarget(Math.max(calls, CallQueue.MIN_TARGET), leads, null, m.target().shift());
            var shift = planned.shiftOrFullDay();
            return new Share(m, planned, CallerTarget.forShift(planned.calls(), shift),
                    CallerTarget.forShift(leads, shift));
        }).toList();
        return new TeamShare(plan, shares, calls, leads, now);
    }

    /**
     * The smallest full-day figure whose shares over everyone's shift come to at least {@code perDay}:
     * the even split by shift length first, raised while the shares' rounding leaves the day short.
     */
    private static int fullDay(int perDay, List<TeamMember> team) {
        if (perDay <= 0) {
            return 0;
        }
        long minutes = team.stream().mapToLong(m -> m.target().shiftOrFullDay().toMinutes()).sum();
        int figure = (int) KpiPlan.divideUp(perDay * CallerTarget.FULL_DAY.toMinutes(), minutes);
        while (sum(figure, team) < perDay) {
            figure++;
        }
        return figure;
    }

    private static int sum(int fullDay, List<TeamMember> team) {
        return team.stream().mapToInt(m -> CallerTarget.forShift(fullDay, m.target().shiftOrFullDay())).sum();
    }

    /** The calls a day the team makes at its shares, which the plan's day needs at most. */
    public int plannedCalls() {
        return shares.stream().mapToInt(Share::shiftCalls).sum();
    }

    /** The callers' new targets by person id, as the team's targets take them. */
    public Map<Long, CallerTarget> targets() {
        var all = new LinkedHashMap<Long, CallerTarget>();
        shares.forEach(s -> all.put(s.member().id(), s.planned()));
        return all;
    }

    /** How many full-day callers the team's shifts add up to (two 4-hour students are one). */
    public double fullDayCallers() {
        return shares.stream().mapToLong(s -> s.planned().shiftOrFullDay().toMinutes()).sum()
                / (double) CallerTarget.FULL_DAY.toMinutes();
    }
}
