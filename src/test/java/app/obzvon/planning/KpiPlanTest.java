package app.obzvon.planning;

import app.obzvon.common.RefusedException;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The backward planning of seed 003 against cases worked by hand: the profit wanted → the revenue
 * (profit ÷ margin) → the payments (revenue ÷ average deal) → invoices, proposals, meetings,
 * qualified leads, conversations and calls (each ÷ its conversion, rounded up) → a day's calls and
 * leads → the callers at a small-business B2B caller's 80 calls a day (the seed's 80–100).
 */
class KpiPlanTest {

    @Test
    void theProfitWantedBecomesCallsAndCallersStepByStep() {
        var plan = KpiPlan.of(SeedPlans.seedCase());

        // 400,000 ÷ 20 % = 2,000,000 ₽; ÷ 50,000 = 40 payments; ÷ 50 % = 80 invoices; ÷ 50 % = 160 proposals;
        // ÷ 80 % = 200 meetings; ÷ 50 % = 400 leads; ÷ 10 % = 4,000 conversations; ÷ 25 % = 16,000 calls.
        assertEquals(2_000_000, plan.revenue());
        assertEquals(40, plan.forPeriod(Stage.PAYMENT));
        assertEquals(80, plan.forPeriod(Stage.INVOICE));
        assertEquals(160, plan.forPeriod(Stage.PROPOSAL));
        assertEquals(200, plan.forPeriod(Stage.MEETING));
        assertEquals(400, plan.forPeriod(Stage.LEAD));
        assertEquals(4_000, plan.forPeriod(Stage.CONVERSATION));
        assertEquals(16_000, plan.forPeriod(Stage.CALL));
        // 16,000 ÷ 21 = 761.9 → 762 calls a day; 400 ÷ 21 = 19.05 → 20 leads; 762 ÷ 80 = 9.525 → 10 callers.
        assertEquals(762, plan.callsPerDay());
        assertEquals(20, plan.leadsPerDay());
        assertEquals(10, plan.callersNeeded());
        assertEquals(40 / 21.0, plan.perDay(Stage.PAYMENT), 1e-9);
    }

    @Test
    void theArithmeticReadsAsASupervisorWouldWorkItOut() {
        var lines = KpiPlan.of(SeedPlans.seedCase()).lines().stream().map(KpiPlanTest::english).toList();

        assertEquals(List.of(
                "400,000 ₽ profit ÷ 20% margin = 2,000,000 ₽ revenue",
                "2,000,000 ₽ ÷ 50,000 ₽ average deal = 40 payments",
                "40 payments ÷ 50% (invoice → payment) = 80 invoices",
                "80 invoices ÷ 50% (proposal → invoice) = 160 proposals",
                "160 proposals ÷ 80% (meeting → proposal) = 200 meetings",
                "200 meetings ÷ 50% (qualified lead → meeting) = 400 qualified leads",
                "400 qualified leads ÷ 10% (conversation → qualified lead) = 4,000 conversations",
                "4,000 conversations ÷ 25% (call → conversation) = 16,000 calls",
                "16,000 calls ÷ 21 working days = 762 calls a day (761.9 rounded up)",
                "400 qualified leads ÷ 21 working days = 20 qualified leads a day (19.05 rounded up)",
                "762 calls a day ÷ 80 calls per caller = 10 callers (9.53 rounded up)"), lines);
    }

    @Test
    void eachStepRoundsUpSoThePlanNeverFallsShort() {
        // 1,000,000 ÷ 30,000 = 33.3 → 34 payments; ÷ 30 % = 113.3 → 114 invoices; ÷ 100 % = 114 proposals;
        // ÷ 100 % = 114 meetings; ÷ 100 % = 114 leads; ÷ 12.5 % = 912 conversations; ÷ 33.33 % = 2,736.27 → 2,737 calls.
        var in = new PlanInputs(Goal.REVENUE, 1_000_000, null, 30_000,
                SeedPlans.rates(3_333, 1_250, 10_000, 10_000, 10_000, 3_000), 20, 40);
        var plan = KpiPlan.of(in);

        assertEquals(1_000_000, plan.revenue());
        assertEquals(34, plan.forPeriod(Stage.PAYMENT));
        assertEquals(114, plan.forPeriod(Stage.INVOICE));
        assertEquals(114, plan.forPeriod(Stage.LEAD));
        assertEquals(912, plan.forPeriod(Stage.CONVERSATION));
        assertEquals(2_737, plan.forPeriod(Stage.CALL));
        // 2,737 ÷ 20 = 136.85 → 137 a day; at the seed's 30–50 for mid/large B2B (40): 3.4 → 4 callers.
        assertEquals(137, plan.callsPerDay());
        assertEquals(4, plan.callersNeeded());
        var first = plan.lines().get(0);
        assertEquals("planner.line.payments", first.key(), "no profit line for a revenue goal");
        assertEquals(1_000_000 / 30_000.0, first.exact(), 1e-9);
        assertNull(plan.lines().get(3).exact(), "114 ÷ 100 % comes out whole");
    }

    @Test
    void badInputsAreRefusedWithTheirReason() {
        var rates = SeedPlans.rates(2_500, 1_000, 5_000, 8_000, 5_000, 5_000);
        assertRefused("planner.refused.goal", () -> new PlanInputs(Goal.REVENUE, 0, null, 50_000, rates, 21, 80));
        assertRefused("planner.refused.margin", () -> new PlanInputs(Goal.PROFIT, 400_000, null, 50_000, rates, 21, 80));
        assertRefused("planner.refused.margin", () -> new PlanInputs(Goal.PROFIT, 400_000, 10_001, 50_000, rates, 21, 80));
        assertRefused("planner.refused.deal", () -> new PlanInputs(Goal.REVENUE, 400_000, null, 0, rates, 21, 80));
        var zero = new EnumMap<>(rates);
        zero.put(Conversion.LEAD_TO_MEETING, 0);
        assertRefused("planner.refused.conversion", () -> new PlanInputs(Goal.REVENUE, 400_000, null, 50_000, zero, 21, 80));
        var missing = new EnumMap<>(rates);
        missing.remove(Conversion.CALL_TO_CONVERSATION);
        assertRefused("planner.refused.conversion", () -> new PlanInputs(Goal.REVENUE, 400_000, null, 50_000, missing, 21, 80));
        assertRefused("planner.refused.days", () -> new PlanInputs(Goal.REVENUE, 400_000, null, 50_000, rates, 0, 80));
        assertRefused("planner.refused.caller.calls", () -> new PlanInputs(Goal.REVENUE, 400_000, null, 50_000, rates, 21, 501));
        // A trillion roubles in one-rouble deals at 0.01 % each step: more calls than anyone can mean.
        var tiny = SeedPlans.rates(1, 1, 1, 1, 1, 1);
        assertRefused("planner.refused.too.many", () -> KpiPlan.of(new PlanInputs(Goal.REVENUE,
                PlanInputs.MAX_MONEY, null, 1, tiny, 21, 80)));
    }

    @Test
    void aPeriodCountsItsWeekdays() {
        assertEquals(21, Period.month(YearMonth.of(2026, 11)).weekdays());
        assertEquals(23, Period.month(YearMonth.of(2026, 12)).weekdays());
        assertEquals(20, Period.month(YearMonth.of(2027, 2)).weekdays());
        var year = YearMonth.of(2026, 1);
        assertRefused("planner.refused.period", () -> new Period(year.atEndOfMonth(), year.atDay(1)));
        assertRefused("planner.refused.period", () -> new Period(year.atDay(1), year.atDay(1).plusDays(366)));
    }

    static void assertRefused(String key, Runnable action) {
        assertEquals(key, assertThrows(RefusedException.class, action::run).key());
    }

    /** A line in English, as the planner's window shows it. */
    static String english(PlanLine line) {
        return line.text(ResourceBundle.getBundle("i18n.strings", Locale.ENGLISH), Locale.ENGLISH);
    }
}
