package app.obzvon.figures;

import app.obzvon.access.AccessDeniedException;
import app.obzvon.testing.TeamDay;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.obzvon.call.Outcome;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.persistence.JooqFiguresRepository;
import app.obzvon.persistence.JooqPersonRepository;
import app.obzvon.persistence.JooqTargetRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import static app.obzvon.persistence.jooq.Tables.TALLIED_DAYS;
import static app.obzvon.testing.TeamDay.at;
import static app.obzvon.testing.TeamDay.midnight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's and the reports' figures on {@link TeamDay}, whose right answers are known. */
class TeamFiguresTest {

    @TempDir
    Path folder;
    TeamDay day;
    TeamFigures figures;

    @BeforeEach
    void seed() throws IOException {
        day = new TeamDay(folder);
        figures = day.base.services.teamFigures();
    }

    @AfterEach
    void close() {
        day.base.close();
    }

    private static CallerDay row(Today today, String name) {
        return today.callers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachCallersDayAgainstTheTargetOfTheirShiftAndThePaceToItsEnd() {
        var today = figures.today();

        assertEquals(List.of("Анна", "Борис", "Вера", "Глеб"), today.callers().stream().map(CallerDay::name).toList(),
                "the active callers, and the supervisor who called today");
        var boris = row(today, "Борис");
        assertEquals(new Counts(4, 3, 2, 1, 820), boris.counts());
        assertEquals(Presence.ON_SHIFT, boris.presence());
        assertEquals(at(23, 9, 0), boris.since());
        assertEquals(40, boris.callsTarget(), "80 a day, a 4-hour shift");
        assertEquals(2, boris.leadsTarget());
        assertEquals(30, boris.expectedCalls(), "three of the shift's four hours gone");
        assertEquals(36.0, boris.pace(), 1e-9, "36 calls left, an hour to the shift's end");
        assertTrue(boris.behind());
        assertFalse(boris.leadsBehind(), "2 leads, 1 due by now");

        var vera = row(today, "Вера");
        assertEquals(new Counts(3, 1, 0, 0, 60), vera.counts());
        assertEquals(Presence.IN_PAUSE, vera.presence());
        assertEquals("BREAK", vera.pauseReason());
        assertEquals(at(23, 11, 50), vera.since());
        assertEquals(80, vera.callsTarget(), "the queue's default for a full shift");
        assertEquals(30, vera.expectedCalls());
        assertEquals(77 / 5.0, vera.pace(), 1e-9);
        assertFalse(vera.leadsBehind(), "2 leads over 8 hours: none due yet");

        var gleb = row(today, "Глеб");
        assertEquals(Presence.AWAY, gleb.presence(), "a shift open 2.5 hours past its planned end was forgotten");
        assertEquals(at(23, 9, 30), gleb.since());
        assertEquals(Counts.ZERO, gleb.counts());
        assertEquals(15, gleb.callsTarget(), "80 a day over a 90-minute shift");
        assertEquals(15, gleb.expectedCalls());
        assertNull(gleb.pace(), "the shift is over");
        assertNull(gleb.leadsTarget());
        assertTrue(gleb.behind());

        var anna = row(today, "Анна");
        assertEquals(Presence.AWAY, anna.presence());
        assertNull(anna.since());
        assertEquals(80, anna.callsTarget());
        assertEquals(26, anna.expectedCalls(), "a third of 09:00–18:00 gone");
        assertEquals(79 / 6.0, anna.pace(), 1e-9, "to the working day's end");

        assertEquals(new Counts(8, 5, 2, 1, 970), today.period().team());
        var hours = new ArrayList<>(Collections.nCopies(24, 0));
        hours.set(9, 2);
        hours.set(10, 3);
        hours.set(11, 3);
        assertEquals(hours, today.period().hours().team());
        assertEquals(3, today.period().hours().caller(day.boris.id()).get(10));
        assertEquals(Hours.NONE, today.period().hours().caller(day.gleb.id()));
    }

    @Test
    void theTeamLagsOnceItsLeadsFallAWholeLeadBehindWhatTheNextStageNeedsByNow() {
        var noon = figures.today().leads();
        assertEquals(new Today.TeamLeads(2, 2, 6, false), noon, "4 + 2 a day; a third of the day gone");

        day.base.clock.set(at(23, 15, 0));
        var afternoon = figures.today().leads();
        assertEquals(new Today.TeamLeads(2, 4, 6, true), afternoon, "two thirds of the day gone");

        day.base.clock.set(at(23, 17, 0));
        var vera = row(figures.today(), "Вера");
        assertTrue(vera.leadsBehind(), "her shift nearly over, no lead of the 2");
        assertFalse(row(figures.today(), "Борис").leadsBehind());
    }

    @Test
    void aPeriodPerCallerPerHourPerDayWithItsFunnel() {
        var week = figures.period(midnight(17), midnight(24));

        assertEquals(List.of("Анна", "Борис", "Вера"), week.callers().stream().map(CallerCounts::name).toList());
        assertEquals(new Counts(5, 4, 3, 1, 1020), week.callers().get(1).counts());
        assertEquals(new Counts(4, 2, 0, 0, 90), week.callers().get(2).counts(), "ten days ago is another week");
        assertEquals(new Counts(10, 7, 3, 1, 1200), week.team());
        assertEquals(new Funnel(10, 7, 3, 1, 3, 1), week.funnel());
        var bars = week.funnel().bars();
        assertEquals(0.7, bars.get(1).conversion(), 1e-9);
        assertEquals(Funnel.Step.LEADS, bars.get(4).from(), "leads are handed over, meetings or not");
        assertEquals(1.0, bars.get(4).conversion(), 1e-9);
        assertEquals(1 / 3.0, bars.get(5).conversion(), 1e-9);

        assertEquals(LocalDate.of(2026, 11, 17).datesUntil(LocalDate.of(2026, 11, 24)).toList(), week.days().days());
        assertEquals(new Counts(2, 2, 1, 0, 230), week.days().team().get(3), "Friday");
        assertEquals(8, week.days().team().get(6).calls(), "today");
        assertEquals(List.of(0, 0, 0, 1, 0, 0, 4), week.days().caller(day.boris.id()).stream().map(Counts::calls).toList());
        assertEquals(Collections.nCopies(7, Counts.ZERO), week.days().caller(day.gleb.id()));
        assertEquals(1, week.hours().team().get(14));
        assertEquals(1, week.hours().caller(day.vera.id()).get(15));

        var today = figures.period(midnight(23), TeamDay.NOON);
        assertEquals(new Funnel(8, 5, 2, 1, 2, 1), today.funnel());
        var month = figures.period(midnight(23).minus(java.time.Duration.ofDays(29)), midnight(24));
        assertEquals(11, month.team().calls());
        assertEquals(30, month.days().days().size());
    }

    @Test
    void theDaysBeforeReadOnceAndTodayReadLiveMakeTheWholePeriod() {
        var today = figures.today();
        assertEquals(midnight(23), today.period().from());
        var before = figures.period(midnight(17), midnight(23));

        assertEquals(figures.period(midnight(17), today.period().to()), before.then(today.period()));
        var split = figures.period(midnight(17), at(20, 14, 30)).then(figures.period(at(20, 14, 30), midnight(24)));
        assertEquals(figures.period(midnight(17), midnight(24)), split, "split inside a day: the day added up");
        assertThrows(IllegalArgumentException.class, () -> before.then(figures.period(midnight(24), midnight(25))));
    }

    @Test
    void whereEachCallersConversationsEndAgainstTheTeam() {
        var coaching = figures.period(midnight(17), midnight(24)).coaching();

        assertEquals(java.util.Map.of("agreed", 3, "later", 1, "refused", 1, "greeting", 2), coaching.team(),
                "conversations only: the busy call's greeting is not an ending");
        var vera = coaching.of(day.vera.id());
        assertEquals(List.of("agreed", "greeting", "refused", "later"), vera.stream().map(Coaching.Ending::step).toList());
        assertEquals(new Coaching.Ending("greeting", 1, 0.5, 2 / 7.0), vera.get(1));
        assertEquals(new Coaching.Ending("agreed", 0, 0, 3 / 7.0), vera.get(0));
        assertEquals(0.75, coaching.of(day.boris.id()).get(0).share(), 1e-9);
        assertEquals(4, coaching.of(day.gleb.id()).size(), "no conversations: the team's shares alone");
        assertTrue(coaching.of(day.gleb.id()).stream().allMatch(e -> e.calls() == 0));
    }

    @Test
    void aCallLoggedInAnotherWindowShowsAtTheNextRead() {
        try (var other = TestBase.open(day.base.file, day.base.clock)) {
            other.signIn().signIn(day.vera.id(), "2468");
            var next = other.callingSession().open(day.queue).contact();
            other.callingSession().log(next.id(), day.base.outcome("qualified_lead"), app.obzvon.call.CallDetails.none(),
                    TeamDay.NOON.minusSeconds(45));
        }
        var vera = row(figures.today(), "Вера");
        assertEquals(new Counts(4, 2, 1, 0, 105), vera.counts());
    }

    @Test
    void onlyASupervisorReadsTheTeam() {
        day.base.services.signIn().signIn(day.boris.id(), "1357");
        assertThrows(AccessDeniedException.class, figures::today);
        assertThrows(AccessDeniedException.class, () -> figures.period(midnight(17), midnight(24)));
    }

    /**
     * The closed days kept for the dashboard give the figures their calls give: a week and a month
     * read from the calls alone (a base that keeps nothing), then kept at the first read, read kept
     * again, split inside a kept day, and after an outcome's counting changed (kept days forgotten).
     */
    @Test
    void keptDaysGiveTheFiguresTheirCallsGive() {
        var s = day.base.services;
        var fromCalls = new TeamFigures(keepingNothing(s.database()), new JooqFiguresRepository(),
                new JooqPersonRepository(), new JooqTargetRepository(), s.settings(), s.access(), day.base.clock);
        var periods = List.of(List.of(midnight(17), midnight(23)), List.of(midnight(1), midnight(23)),
                List.of(at(13, 9, 40), at(20, 14, 30)), List.of(midnight(17), TeamDay.NOON));
        var raw = periods.stream().map(p -> fromCalls.period(p.get(0), p.get(1))).toList();
        assertEquals(0, day.base.services.database().dsl().fetchCount(TALLIED_DAYS), "nothing kept from the calls alone");

        assertEquals(raw, periods.stream().map(p -> figures.period(p.get(0), p.get(1))).toList(), "kept at the first read");
        assertEquals(22, day.base.services.database().dsl().fetchCount(TALLIED_DAYS), "1–22 November closed and kept");
        assertEquals(raw, periods.stream().map(p -> figures.period(p.get(0), p.get(1))).toList(), "read kept");
        assertEquals(raw.get(0).hours(), figures.period(midnight(17), midnight(23)).hours());

        var o = day.base.outcome("no_answer");
        s.ruleTable().save(new Outcome(o.id(), o.code(), o.label(), o.labelEn(), o.hotkey(), o.colour(),
                o.statusChange(), o.nextCall(), o.retryDelay(), o.maxAttempts(), o.asksReason(), o.setsDoNotCall(),
                true, o.lead(), o.meeting(), o.position(), o.active()));
        assertEquals(0, day.base.services.database().dsl().fetchCount(TALLIED_DAYS), "a new counting forgets them");
        var recounted = periods.stream().map(p -> fromCalls.period(p.get(0), p.get(1))).toList();
        assertEquals(raw.get(1).team().conversations() + 1, recounted.get(1).team().conversations(),
                "Вера's no answer of 13 November");
        assertEquals(recounted, periods.stream().map(p -> figures.period(p.get(0), p.get(1))).toList());
        assertEquals(recounted, periods.stream().map(p -> figures.period(p.get(0), p.get(1))).toList());
    }

    /** The base's transactions, but for a base that cannot be written: nothing is kept. */
    private static Transactions keepingNothing(Transactions transactions) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Function<Tx, T> work) {
                return transactions.inTransaction(work);
            }

            @Override
            public <T> T inTransaction(Function<Tx, T> work, BiPredicate<Tx, ? super T> stored) {
                return transactions.inTransaction(work, stored);
            }

            @Override
            public <T> T read(Function<Tx, T> work) {
                return transactions.read(work);
            }

            @Override
            public boolean writable() {
                return false;
            }
        };
    }
}
