package app.obzvon.planning;

import app.obzvon.call.CallDetails;
import app.obzvon.common.RefusedException;
import app.obzvon.contact.RefusalReason;
import app.obzvon.handoff.StageResultsFixture;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.TargetPreset;
import app.obzvon.team.CallerTarget;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static app.obzvon.persistence.jooq.Tables.KPI_PLANS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner on a real base: plans saved per period, conversions from a seeded history, targets applied. */
class PlannerTest {

    static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));

    @TempDir
    Path folder;
    StageResultsFixture fixture;
    TestBase base;
    Planner planner;

    @BeforeEach
    void open() {
        fixture = new StageResultsFixture(folder);
        base = fixture.base;
        planner = base.services.planner();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPeriodsPlanIsSavedReadBackAndReplacedAudited() {
        assertTrue(planner.plan(NOVEMBER).isEmpty());
        var inputs = SeedPlans.seedCase();

        var saved = planner.save(NOVEMBER, inputs);

        assertEquals(new SavedPlan(NOVEMBER, inputs, "Анна", TestBase.MORNING), saved);
        assertEquals(saved, planner.plan(NOVEMBER).orElseThrow());
        var audit = base.services.database().dsl().selectFrom(AUDIT).where(AUDIT.ACTION.eq("plan-saved")).fetchSingle();
        assertEquals("2026-11-01 – 2026-11-30", audit.getSubject());
        assertEquals(762, audit.getCount(), "the calls a day the plan needs");

        // Saved again an hour later with another goal: one plan for the period, the newer one.
        base.clock.advance(Duration.ofHours(1));
        var revenue = new PlanInputs(Goal.REVENUE, 3_000_000, null, 60_000, inputs.conversions(), 20, 90);
        planner.save(NOVEMBER, revenue);
        var again = planner.plan(NOVEMBER).orElseThrow();
        assertEquals(revenue, again.inputs());
        assertEquals(TestBase.MORNING.plus(Duration.ofHours(1)), again.savedAt());
        assertEquals(1, base.services.database().dsl().fetchCount(KPI_PLANS));
        // Another period is a plan of its own; the days of a month differ from a month's.
        var december = Period.month(YearMonth.of(2026, 12));
        planner.save(december, inputs);
        assertEquals(inputs, planner.plan(december).orElseThrow().inputs());
        assertTrue(planner.plan(new Period(NOVEMBER.first(), NOVEMBER.first().plusDays(6))).isEmpty());
        assertEquals(revenue, planner.plan(NOVEMBER).orElseThrow().inputs());
    }

    @Test
    void conversionsComeFromTheLastThirtyOrNinetyDays() {
        var queue = base.queue(QueueFilter.any());
        var companies = new long[40];
        for (int i = 0; i < companies.length; i++) {
            companies[i] = fixture.company("Компания " + i, String.format("+7 495 100-00-%02d", i), null);
        }
        // Forty days ago: ten unanswered calls, in the 90 days only.
        base.clock.set(TestBase.MORNING.minus(Duration.ofDays(40)));
        for (int i = 0; i < 10; i++) {
            base.log(companies[i], queue, base.supervisor.id(), "no_answer", CallDetails.none());
        }
        // Two days ago: 20 calls, 10 conversations, 3 qualified leads, one of them a meeting.
        base.clock.set(TestBase.MORNING.minus(Duration.ofDays(2)));
        int next = 10;
        for (var outcome : List.of("no_answer", "no_answer", "no_answer", "no_answer", "no_answer", "no_answer",
                "no_answer", "no_answer", "busy", "busy")) {
            base.log(companies[next++], queue, base.supervisor.id(), outcome, CallDetails.none());
        }
        for (int i = 0; i < 7; i++) {
            base.log(companies[next++], queue, base.supervisor.id(), "not_interested",
                    new CallDetails(null, null, RefusalReason.NO_BUDGET));
        }
        base.log(companies[next++], queue, base.supervisor.id(), "meeting_booked",
                new CallDetails(null, base.clock.instant().plus(Duration.ofDays(3)), null));
        // The two qualified leads and the meeting go to the next stage, which sends back a deal and a payment.
        fixture.handOver(companies[next++], companies[next++]);
        base.clock.set(TestBase.MORNING.minus(Duration.ofDays(1)));
        var results = fixture.csv("results.csv", "Компания;Статус", "Компания " + (next - 2) + ";Сделка",
                "Компания " + (next - 1) + ";Сопровождение сделки");
        base.services.stageResults().apply(results, SourceOptions.detect());
        base.clock.set(TestBase.MORNING);

        var month = planner.history(30);
        assertEquals(Map.of(
                Conversion.CALL_TO_CONVERSATION, new ConversionHistory.Observed(20, 10),
                Conversion.CONVERSATION_TO_LEAD, new ConversionHistory.Observed(10, 3),
                Conversion.LEAD_TO_MEETING, new ConversionHistory.Observed(3, 1),
                Conversion.INVOICE_TO_PAYMENT, new ConversionHistory.Observed(2, 1)), month.observed());
        var filled = month.fill(SeedPlans.seedCase());
        // 10 of 20 = 50 %; 3 of 10 = 30 %; 1 of 3 = 33.33 %; 1 of 2 = 50 %; the proposals' steps as typed.
        assertEquals(SeedPlans.rates(5_000, 3_000, 3_333, 8_000, 5_000, 5_000), filled.inputs().conversions());
        assertEquals(List.of("planner.history.filled", "planner.history.filled", "planner.history.filled",
                "planner.history.none", "planner.history.none", "planner.history.filled"),
                filled.notes().stream().map(PlanLine::key).toList());

        var quarter = planner.history(90);
        assertEquals(new ConversionHistory.Observed(30, 10), quarter.observed().get(Conversion.CALL_TO_CONVERSATION));
        assertEquals(3_333, quarter.fill(SeedPlans.seedCase()).inputs().conversion(Conversion.CALL_TO_CONVERSATION));
        assertEquals("planner.refused.history", assertThrows(RefusedException.class, () -> planner.history(7)).key());
    }

    @Test
    void aStepWithNoHistoryKeepsTheTypedValueAndSaysSo() {
        var typed = SeedPlans.seedCase();

        var filled = planner.history(30).fill(typed);

        assertEquals(typed, filled.inputs());
        var call = filled.notes().get(0);
        assertEquals("planner.history.empty", call.key());
        assertEquals(List.of(Conversion.CALL_TO_CONVERSATION, 0L, 0L, 30, 25.0), call.args());
    }

    @Test
    void thePlansDayBecomesEveryActiveCallersTargetsAudited() {
        var boris = base.addCaller("Борис", "1357");
        var vera = base.addCaller("Вера", "8642");
        var gleb = base.addCaller("Глеб", "2468");
        var gone = base.addCaller("Ушедший", "9753");
        base.services.people().deactivate(gone.id());
        base.services.targets().set(boris.id(), new CallerTarget(TargetPreset.SMALL_BUSINESS_B2B.target(), 5,
                TargetPreset.SMALL_BUSINESS_B2B, Duration.ofHours(4)));
        int auditBefore = base.services.database().dsl().fetchCount(AUDIT, AUDIT.ACTION.eq("caller-target"));

        var share = TeamShare.of(KpiPlan.of(SeedPlans.seedCase()), planner.team());
        // 762 calls and 20 leads a day from Борис's 4 hours alone: 1,524 a full day, above the 500 a target may be.
        assertEquals("planner.refused.team.calls",
                assertThrows(RefusedException.class, () -> TeamShare.of(share.plan(), share.shares().stream()
                        .map(TeamShare.Share::member).toList().subList(0, 1))).key());
        // Over 4 + 8 + 8 hours: 762 × 8 ÷ 20 = 304.8 → 305 calls a full day (153 + 305 + 305 = 763);
        // 20 × 8 ÷ 20 = 8 leads a full day (4 + 8 + 8 = 20).
        assertEquals(List.of("Борис", "Вера", "Глеб"), share.shares().stream().map(s -> s.member().name()).toList());
        assertEquals(305, share.calls());
        assertEquals(8, share.leads());
        planner.apply(share);

        var targets = base.services.targets().all();
        assertEquals(new CallerTarget(305, 8, null, Duration.ofHours(4)), targets.get(boris.id()));
        assertEquals(new CallerTarget(305, 8, null, null), targets.get(vera.id()));
        assertEquals(new CallerTarget(305, 8, null, null), targets.get(gleb.id()));
        assertEquals(CallerTarget.NONE, targets.get(gone.id()));
        assertEquals(CallerTarget.NONE, targets.get(base.supervisor.id()), "a supervisor's own targets stay");
        assertEquals(auditBefore + 3, base.services.database().dsl().fetchCount(AUDIT,
                AUDIT.ACTION.eq("caller-target")));
    }

    @Test
    void theTeamIsTheActiveCallersWithTheirTargetsNow() {
        assertEquals(List.of(), planner.team(), "the supervisor alone is no team");
        var boris = base.addCaller("Борис", "1357");
        var gone = base.addCaller("Ушедший", "9753");
        base.services.people().deactivate(gone.id());
        var target = new CallerTarget(60, 3, null, Duration.ofHours(5));
        base.services.targets().set(boris.id(), target);

        assertEquals(List.of(new TeamMember(boris.id(), "Борис", target)), planner.team());
    }
}
