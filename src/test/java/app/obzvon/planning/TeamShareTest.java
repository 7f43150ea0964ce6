package app.obzvon.planning;

import app.obzvon.queue.TargetPreset;
import app.obzvon.team.CallerTarget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.obzvon.planning.KpiPlanTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plan's day shared among callers on shifts of their own length, worked by hand. */
class TeamShareTest {

    static final TeamMember BORIS = new TeamMember(2, "Борис",
            new CallerTarget(90, 5, TargetPreset.SMALL_BUSINESS_B2B, Duration.ofHours(4)));
    static final TeamMember VERA = new TeamMember(3, "Вера", CallerTarget.NONE);
    static final TeamMember GLEB = new TeamMember(4, "Глеб", new CallerTarget(60, null, null, Duration.ofHours(6)));

    @Test
    void theSeedsPlanSharedByShiftLength() {
        // 762 calls and 20 leads a day (KpiPlanTest's case) over 4 + 8 + 6 = 18 hours of shifts:
        // 762 × 8 ÷ 18 = 338.7 → 339 calls a full day: 170 + 339 + 254 = 763 ≥ 762;
        // 20 × 8 ÷ 18 = 8.9 → 9 leads a full day: 5 + 9 + 7 = 21 ≥ 20.
        var share = TeamShare.of(KpiPlan.of(SeedPlans.seedCase()), List.of(BORIS, VERA, GLEB));

        assertEquals(339, share.calls());
        assertEquals(9, share.leads());
        assertEquals(List.of(170, 339, 254), share.shares().stream().map(TeamShare.Share::shiftCalls).toList());
        assertEquals(List.of(5, 9, 7), share.shares().stream().map(TeamShare.Share::shiftLeads).toList());
        assertEquals(763, share.plannedCalls());
        assertEquals(2.25, share.fullDayCallers(), 1e-9);
        // Now: Борис 90 over 4 hours = 45, Вера none of her own (the plan's 80), Глеб 60 over 6 hours = 45.
        assertEquals(170, share.capacityNow());
        // A typed number, no preset; each caller's shift as it was.
        assertEquals(Map.of(2L, new CallerTarget(339, 9, null, Duration.ofHours(4)),
                3L, new CallerTarget(339, 9, null, null),
                4L, new CallerTarget(339, 9, null, Duration.ofHours(6))), share.targets());
    }

    @Test
    void theRoundingOfEachShiftIsMadeUp() {
        // 10 calls a day over three 3-hour shifts: 10 × 8 ÷ 9 = 8.9 → 9 a full day is 3 + 3 + 3 = 9 a day (3.375
        // each, rounded): short. 10 a full day is 4 + 4 + 4 = 12.
        var three = java.util.stream.IntStream.range(0, 3).mapToObj(i -> new TeamMember(10 + i, "c" + i,
                new CallerTarget(null, null, null, Duration.ofHours(3)))).toList();
        var plan = KpiPlan.of(new PlanInputs(Goal.REVENUE, 100_000, null, 100_000,
                SeedPlans.rates(5_000, 10_000, 10_000, 10_000, 10_000, 10_000), 1, 80));
        assertEquals(2, plan.callsPerDay());
        var small = new PlanResult(plan.inputs(), plan.revenue(), plan.forPeriod(), 10, 1, 1, plan.lines());

        var share = TeamShare.of(small, three);

        assertEquals(10, share.calls());
        assertEquals(12, share.plannedCalls());
        // 1 lead a full day is still 1 on a 3-hour shift (a share of a figure is at least 1): 3 a day.
        assertEquals(1, share.leads());
        assertEquals(List.of(1, 1, 1), share.shares().stream().map(TeamShare.Share::shiftLeads).toList());
    }

    @Test
    void aTeamThatCannotCarryThePlanIsRefused() {
        var plan = KpiPlan.of(SeedPlans.seedCase());
        assertRefused("planner.refused.no.callers", () -> TeamShare.of(plan, List.of()));
        var student = new TeamMember(5, "Студент", new CallerTarget(null, null, null, Duration.ofHours(2)));
        // 762 calls a day from one 2-hour shift: 3,048 a full day, over the 500 a target may be.
        assertRefused("planner.refused.team.calls", () -> TeamShare.of(plan, List.of(student)));
    }
}
