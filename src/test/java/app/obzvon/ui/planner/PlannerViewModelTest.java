package app.obzvon.ui.planner;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.RefusalReason;
import app.obzvon.planning.Conversion;
import app.obzvon.planning.Goal;
import app.obzvon.planning.PlanLine;
import app.obzvon.planning.SeedPlans;
import app.obzvon.queue.QueueFilter;
import app.obzvon.team.CallerTarget;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    PlannerViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        model = opened();
    }

    /** The window as it opens now: the team read from the base, this month's plan if saved. */
    private PlannerViewModel opened() {
        var opened = new PlannerViewModel(new SynchronousTasks(), base.services.planner(), base.clock, Locale.ENGLISH);
        opened.load();
        return opened;
    }

    @AfterEach
    void close() {
        base.close();
    }

    /** The seed case as a supervisor types it, separators and all. */
    private void typeTheSeedCase() {
        model.goalProperty().set(Goal.PROFIT);
        model.goalAmountProperty().set("400 000");
        model.marginProperty().set("20");
        model.averageDealProperty().set("50,000");
        var rates = List.of("25", "10", "50", "80", "50", "50");
        for (var c : Conversion.values()) {
            model.conversionProperty(c).set(rates.get(c.ordinal()));
        }
    }

    @Test
    void opensOnThisMonthWithItsWeekdaysAndNothingToScold() {
        assertEquals(List.of(), base.services.planner().team());
        assertEquals(LocalDate.of(2026, 11, 1), model.firstProperty().get());
        assertEquals(LocalDate.of(2026, 11, 30), model.lastProperty().get());
        assertEquals("21", model.workingDaysProperty().get());
        assertNull(model.savedProperty().get());
        assertNull(model.resultProperty().get());
        assertNull(model.noticeProperty().get());
    }

    @Test
    void theSeedsGoalAsTypedBecomesThePlanAndTheTeamsShare() {
        base.addCaller("Борис", "1357");
        base.addCaller("Вера", "8642");
        base.addCaller("Глеб", "9753");
        model = opened();

        typeTheSeedCase();

        var plan = model.resultProperty().get();
        assertEquals(SeedPlans.seedCase(), plan.inputs());
        assertEquals(2_000_000, plan.revenue());
        assertEquals(762, plan.callsPerDay());
        // Three full days: 762 ÷ 3 = 254 calls and 20 ÷ 3 → 7 leads each.
        assertEquals(254, model.shareProperty().get().calls());
        assertEquals(7, model.shareProperty().get().leads());
        model.tidy();
        assertEquals("400,000", model.goalAmountProperty().get());
        assertEquals("50,000", model.averageDealProperty().get());
    }

    @Test
    void aFieldThatCannotBeReadSaysWhyAndNothingIsSaved() {
        base.addCaller("Борис", "1357");
        model = opened();
        typeTheSeedCase();
        model.conversionProperty(Conversion.LEAD_TO_MEETING).set("0");

        assertNull(model.resultProperty().get());
        assertNull(model.shareProperty().get());
        assertEquals("planner.refused.conversion", model.noticeProperty().get().key());
        model.save();
        model.apply();
        assertTrue(base.services.planner().plan(model.periodProperty().get()).isEmpty());
        assertEquals(CallerTarget.NONE, base.services.targets().all().values().iterator().next());

        model.conversionProperty(Conversion.LEAD_TO_MEETING).set("50");
        assertNull(model.noticeProperty().get(), "put right, the complaint goes");
        model.averageDealProperty().set("50,000.50");
        assertEquals("planner.refused.deal", model.noticeProperty().get().key(), "kopecks are not the plan's");
        model.averageDealProperty().set("50000");
        model.marginProperty().set("twenty");
        assertEquals("planner.refused.margin", model.noticeProperty().get().key());
    }

    @Test
    void aSavedPlanComesBackWithItsPeriod() {
        typeTheSeedCase();
        model.workingDaysProperty().set("20");
        model.save();
        assertEquals("planner.saved.notice", model.noticeProperty().get().key());
        assertEquals("Анна", model.savedProperty().get().savedBy());

        var again = opened();
        assertEquals("400,000", again.goalAmountProperty().get());
        assertEquals("20", again.marginProperty().get());
        assertEquals("20", again.workingDaysProperty().get(), "the days typed, not the weekdays");
        assertEquals("80", again.conversionProperty(Conversion.MEETING_TO_PROPOSAL).get());
        assertEquals(800, again.resultProperty().get().callsPerDay(), "16,000 ÷ 20");

        // A date picker leaving the focus sets the same day again: what was typed since stays.
        again.goalAmountProperty().set("500,000");
        again.firstProperty().set(LocalDate.of(2026, 11, 1));
        assertEquals("500,000", again.goalAmountProperty().get());

        // December has no plan: the inputs stay, its 23 weekdays come in.
        again.firstProperty().set(LocalDate.of(2026, 12, 1));
        again.lastProperty().set(LocalDate.of(2026, 12, 31));
        assertNull(again.savedProperty().get());
        assertEquals("23", again.workingDaysProperty().get());
        assertEquals("500,000", again.goalAmountProperty().get());
    }

    @Test
    void fillFromHistoryTakesTheStepsTheBaseKnowsAndSaysWhichItKept() {
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
        var queue = base.queue(QueueFilter.any());
        base.log(base.next(queue), queue, "no_answer");
        base.log(base.next(queue), queue, "busy");
        base.log(base.next(queue), queue, "not_interested", new CallDetails(null, null, RefusalReason.OTHER));
        base.log(base.next(queue), queue, "qualified_lead");
        typeTheSeedCase();

        model.fillFromHistory();

        assertEquals("planner.filled", model.noticeProperty().get().key());
        assertEquals("50", model.conversionProperty(Conversion.CALL_TO_CONVERSATION).get());
        assertEquals("50", model.conversionProperty(Conversion.CONVERSATION_TO_LEAD).get());
        assertEquals("50", model.conversionProperty(Conversion.LEAD_TO_MEETING).get(), "no meeting yet: as typed");
        assertEquals(List.of("planner.history.filled", "planner.history.filled", "planner.history.empty",
                "planner.history.none", "planner.history.none", "planner.history.empty"),
                model.historyNotes().stream().map(PlanLine::key).toList());
        assertEquals(5_000, model.resultProperty().get().inputs().conversion(Conversion.CALL_TO_CONVERSATION));
    }

    @Test
    void theShareBecomesTheCallersTargets() {
        var boris = base.addCaller("Борис", "1357");
        model = opened();
        typeTheSeedCase();
        assertEquals("planner.refused.team.calls", model.teamNoticeProperty().get().key(), "762 calls a day for one");
        model.goalAmountProperty().set("50 000");
        var share = model.shareProperty().get();
        assertNotNull(share);

        model.apply();

        assertEquals("planner.applied", model.noticeProperty().get().key());
        assertEquals(new CallerTarget(share.calls(), share.leads(), null, null), base.services.targets().all().get(boris.id()));
        assertEquals(share.calls(), model.shareProperty().get().capacityNow(), "the team now makes what the plan needs");
    }
}
