package app.obzvon.planning;

import app.obzvon.common.RefusedException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * The backward planning of seed 003: from the money wanted to the calls a day. Each step's figure is
 * rounded up to a whole one (half a meeting is a meeting to book), so the plan never falls short of
 * its goal by rounding. Pure: no base, no clock.
 */
public final class KpiPlan {

    /** More than this of anything in one period is a typing error, not a plan (and keeps longs far from overflow). */
    static final long MAX_COUNT = 1_000_000_000L;

    private KpiPlan() {
    }

    public static PlanResult of(PlanInputs in) {
        var lines = new ArrayList<PlanLine>();
        long revenue = in.goalAmount();
        if (in.goal() == Goal.PROFIT) {
            revenue = divideUp(in.goalAmount() * PlanInputs.WHOLE, in.margin());
            lines.add(line("planner.line.revenue", in.goalAmount() * (double) PlanInputs.WHOLE / in.margin(), revenue,
                    in.goalAmount(), PlanInputs.percent(in.margin()), revenue));
        }
        var figures = new EnumMap<Stage, Long>(Stage.class);
        long payments = divideUp(revenue, in.averageDeal());
        figures.put(Stage.PAYMENT, checked(payments));
        lines.add(line("planner.line.payments", revenue / (double) in.averageDeal(), payments,
                revenue, in.averageDeal(), payments));
        // Backwards along the funnel: invoice → payment first, call → conversation last.
        for (var c : List.of(Conversion.INVOICE_TO_PAYMENT, Conversion.PROPOSAL_TO_INVOICE,
                Conversion.MEETING_TO_PROPOSAL, Conversion.LEAD_TO_MEETING, Conversion.CONVERSATION_TO_LEAD,
                Conversion.CALL_TO_CONVERSATION)) {
            long next = figures.get(c.to());
            int rate = in.conversion(c);
            long needed = checked(divideUp(next * PlanInputs.WHOLE, rate));
            figures.put(c.from(), needed);
            lines.add(line(c.lineKey(), next * (double) PlanInputs.WHOLE / rate, needed,
                    next, PlanInputs.percent(rate), needed));
        }
        int days = in.workingDays();
        long calls = figures.get(Stage.CALL);
        long leads = figures.get(Stage.LEAD);
        int callsPerDay = (int) divideUp(calls, days);
        int leadsPerDay = (int) divideUp(leads, days);
        lines.add(line("planner.line.calls.per.day", calls / (double) days, callsPerDay, calls, days, callsPerDay));
        lines.add(line("planner.line.leads.per.day", leads / (double) days, leadsPerDay, leads, days, leadsPerDay));
        int callers = (int) divideUp(callsPerDay, in.callerCalls());
        lines.add(line("planner.line.callers", callsPerDay / (double) in.callerCalls(), callers,
                callsPerDay, in.callerCalls(), callers));
        return new PlanResult(in, revenue, figures, callsPerDay, leadsPerDay, callers, lines);
    }

    /** A line whose last figure is {@code exact} rounded up: the line says so when they differ. */
    private static PlanLine line(String key, double exact, long rounded, Object... args) {
        return new PlanLine(key, List.of(args), exact == rounded ? null : exact);
    }

    private static long checked(long count) {
        if (count > MAX_COUNT) {
            throw new RefusedException("planner.refused.too.many", MAX_COUNT);
        }
        return count;
    }

    static long divideUp(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
