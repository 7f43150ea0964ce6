package app.obzvon.planning;

import app.obzvon.common.RefusedException;
import app.obzvon.queue.CallQueue;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the supervisor types: the goal (revenue, or profit at a margin), the average deal in whole
 * roubles, each step's conversion and the margin in basis points (2,000 = 20 %), the working days
 * in the period and the calls one caller makes in a full day. Refused as a whole when any is out of
 * bounds, so a bad figure never reaches a plan, a saved row or a target.
 */
public record PlanInputs(Goal goal, long goalAmount, Integer margin, long averageDeal,
                         Map<Conversion, Integer> conversions, int workingDays, int callerCalls) {

    /** 100 % in basis points. */
    public static final int WHOLE = 10_000;
    /** A trillion roubles: beyond any calling team, and far from a long's overflow in the arithmetic. */
    public static final long MAX_MONEY = 1_000_000_000_000L;

    public PlanInputs {
        if (goal == null || goalAmount < 1 || goalAmount > MAX_MONEY) {
            throw new RefusedException("planner.refused.goal");
        }
        if (margin != null && (margin < 1 || margin > WHOLE) || goal == Goal.PROFIT && margin == null) {
            throw new RefusedException("planner.refused.margin");
        }
        if (averageDeal < 1 || averageDeal > MAX_MONEY) {
            throw new RefusedException("planner.refused.deal");
        }
        var all = new EnumMap<Conversion, Integer>(Conversion.class);
        all.putAll(conversions);
        for (var c : Conversion.values()) {
            var rate = all.get(c);
            if (rate == null || rate < 1 || rate > WHOLE) {
                throw new RefusedException("planner.refused.conversion");
            }
        }
        conversions = java.util.Collections.unmodifiableMap(all);
        if (workingDays < 1 || workingDays > Period.MAX_DAYS) {
            throw new RefusedException("planner.refused.days", Period.MAX_DAYS);
        }
        if (callerCalls < CallQueue.MIN_TARGET || callerCalls > CallQueue.MAX_TARGET) {
            throw new RefusedException("planner.refused.caller.calls", CallQueue.MIN_TARGET, CallQueue.MAX_TARGET);
        }
    }

    public int conversion(Conversion c) {
        return conversions.get(c);
    }

    /** The same inputs with other conversions (filled from the base's history). */
    public PlanInputs withConversions(Map<Conversion, Integer> rates) {
        return new PlanInputs(goal, goalAmount, margin, averageDeal, rates, workingDays, callerCalls);
    }

    /** Basis points as a percentage: 2,550 is 25.5. */
    public static double percent(int basisPoints) {
        return basisPoints / 100.0;
    }
}
