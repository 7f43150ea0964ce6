package app.obzvon.calling;

import app.obzvon.call.Undo;
import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.persistence.Database;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import app.obzvon.testing.SampleScripts;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static app.obzvon.persistence.jooq.Tables.SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caller's round without a window: open, log and next, undo, target; on a real base file. */
class CallingSessionTest {

    /**
     * What one outcome and the next screen may cost: check the contact is still this window's claim,
     * read the contact's state, insert the call and its script path, update the contact; let go of
     * the claim, the queue's due callback, the next never-called contact with its phones and fields,
     * claim it, its history. The caller's own callbacks are looked for only once one is due, and the
     * working list's and the day's counts are kept, not read at each key press. It was 21–23
     * statements, then 10 before claims. A budget, so it cannot creep back up.
     */
    static final int STATEMENTS_PER_OUTCOME = 12;

    /**
     * On a team's server the dispensing query reads the company's state only; its card comes after,
     * through the guard's view ({@code guard.contact_cards}), which a caller's role reads once the
     * company is claimed: one statement more there.
     */
    static final int SERVER_CARD_READ = 1;

    private static final Pattern READS_RULES_OR_SCRIPTS =
            Pattern.compile("\\b(from|join)\\s+\"?(settings|scripts|script_versions)\\b");

    @TempDir
    Path folder;
    TestBase base;
    CallingSession session;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        session = base.services.callingSession();
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void anOutcomeIsCommittedBeforeTheNextContactComesBack() throws Exception {
        base.addCompanies("Alpha", "Bravo");
        var queue = base.queue(QueueFilter.any());
        var alpha = session.open(queue).contact();
        assertEquals("Alpha", alpha.company());

        var logged = session.log(alpha.id(), base.outcome("wrong_number"), CallDetails.none(), base.clock.instant());

        assertEquals("Bravo", logged.next().contact().company());
        assertEquals(1, logged.next().progress().counts().calls());
        // Another connection, as another program would: the call is in the file already.
        try (var other = base.otherConnection();
             var r = other.createStatement().executeQuery("SELECT contact_id FROM calls")) {
            assertTrue(r.next());
            assertEquals(alpha.id(), r.getLong(1));
        }
    }

    @Test
    void oneOutcomeCostsAFixedNumberOfStatementsAndReadsNeitherRulesNorScripts() throws Exception {
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
        var script = base.services.scripts().create(SampleScripts.coldCall());
        var queue = base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Q", QueueFilter.any(),
                script.scriptId(), 80)));
        var shown = session.open(queue);
        var noAnswer = base.outcome("no_answer");
        var statements = new ArrayList<Database.Statement>();
        try (var watching = base.services.database().watch(statements::add)) {
            for (int i = 0; i < 3; i++) {
                var path = new ScriptPath(shown.script().id(), List.of(new PathStep("greeting", null)));
                shown = session.log(shown.contact().id(), noAnswer, CallDetails.none().withScript(path),
                        base.clock.instant()).next();
            }
        }
        int perOutcome = STATEMENTS_PER_OUTCOME + (base.onServer() ? SERVER_CARD_READ : 0);
        assertEquals(3 * perOutcome, statements.size(), String.join("\n",
                statements.stream().map(s -> String.valueOf(s.sql())).toList()));
        assertTrue(statements.stream().noneMatch(s -> READS_RULES_OR_SCRIPTS.matcher(s.sql()).find()),
                "the rules and the script are read when a queue opens, not per contact");
        assertEquals("Delta", shown.contact().company());
    }

    @Test
    void theDaysCountMovesWithEachCallAndCatchesUpWithTheSamePersonsOtherWindowWithinAMinute() {
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett");
        var queue = base.queue(QueueFilter.any());
        var shown = session.open(queue);
        shown = session.log(shown.contact().id(), base.outcome("qualified_lead"), CallDetails.none(),
                base.clock.instant()).next();
        assertEquals(new app.obzvon.call.DayCounts(1, 1, 1, 0, 0), shown.progress().counts());

        // The same person on a second window logs a call there.
        try (var other = TestBase.open(base.file, base.clock)) {
            other.signIn().signIn(base.supervisor.id(), TestBase.PIN);
            var there = other.callingSession().open(queue);
            other.callingSession().log(there.contact().id(), base.outcome("no_answer"), CallDetails.none(),
                    base.clock.instant());
        }
        shown = session.log(shown.contact().id(), base.outcome("no_answer"), CallDetails.none(),
                base.clock.instant()).next();
        assertEquals(new app.obzvon.call.DayCounts(2, 1, 1, 0, 0), shown.progress().counts(), "this window's calls, at once");

        assertEquals(new app.obzvon.call.DayCounts(3, 1, 1, 0, 0), session.progress().orElseThrow().counts(),
                "asked afresh, as the window does every few seconds: the other window's call at once");
        shown = session.log(shown.contact().id(), base.outcome("no_answer"), CallDetails.none(),
                base.clock.instant()).next();
        assertEquals(new app.obzvon.call.DayCounts(4, 1, 1, 0, 0), shown.progress().counts());

        try (var other = TestBase.open(base.file, base.clock)) {
            other.signIn().signIn(base.supervisor.id(), TestBase.PIN);
            var there = other.callingSession().open(queue);
            other.callingSession().log(there.contact().id(), base.outcome("no_answer"), CallDetails.none(),
                    base.clock.instant());
        }
        base.clock.advance(java.time.Duration.ofSeconds(61));
        shown = session.log(shown.contact().id(), base.outcome("no_answer"), CallDetails.none(),
                base.clock.instant()).next();
        assertEquals(new app.obzvon.call.DayCounts(6, 1, 1, 0, 0), shown.progress().counts(), "the other window's, read again");
    }

    @Test
    void openingAQueueReadsTheRulesTheSupervisorChangedSince() {
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        var alpha = session.open(queue).contact();
        base.services.database().dsl().insertInto(SETTINGS, SETTINGS.NAME, SETTINGS.VALUE)
                .values("retry.delay.minutes", "30").execute();
        // 11:45 in Moscow: the retry lands at midday either way, another part of the day.
        base.clock.advance(Duration.ofMinutes(105));
        session.log(alpha.id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant());
        base.clock.advance(Duration.ofMinutes(31));
        assertNull(session.open(queue).contact(), "logged with the two hours read before");

        // 14:40: the next 30 minutes end in the afternoon.
        base.clock.advance(Duration.ofMinutes(144));
        var again = session.open(queue).contact();
        session.log(again.id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant());
        base.clock.advance(Duration.ofMinutes(31));
        assertEquals("Alpha", session.open(queue).contact().company(), "the new 30 minutes, read on opening");
    }

    @Test
    void undoShowsTheContactAgainAndItIsDispensedAgainAfterwards() {
        base.addCompanies("Alpha", "Bravo", "Charlie");
        var queue = base.queue(QueueFilter.any());
        var alpha = session.open(queue).contact();
        var logged = session.log(alpha.id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant());
        var bravo = logged.next().contact();
        session.log(bravo.id(), base.outcome("wrong_number"), CallDetails.none(), base.clock.instant());

        var undone = session.undo(logged.call());
        // Alpha's call is gone but Bravo's is not: undo takes back the call named, here an older one.
        assertEquals(Undo.UNDONE, undone.result());
        assertEquals("Alpha", undone.view().contact().company());
        assertEquals(0, undone.view().contact().state().attempts());
        // The dispenser had passed Alpha: after an undo it looks from the start again.
        assertEquals("Alpha", session.open(queue).contact().company());
    }

    @Test
    void aNarrowQueueWorkedToItsEndFillsAgainWithALaterImportAndWithRetriesFallingDue() {
        base.addCompanies("Alpha", "Bravo");
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(TestBase.company("Large one", CompanySize.LARGE))));
        var large = base.queue(new QueueFilter(Set.of(), Set.of(CompanySize.LARGE), null, null, null));
        var only = session.open(large).contact();
        assertEquals("Large one", only.company());
        var next = session.log(only.id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant()).next();
        assertNull(next.contact());
        assertEquals("Large one", next.upcoming().company(), "the retry is what comes next");

        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(TestBase.company("Large two", CompanySize.LARGE))));
        assertEquals("Large two", session.open(large).contact().company(), "imported after the queue ran dry");
        base.clock.advance(Duration.ofHours(2));
        var two = session.open(large).contact();
        assertEquals("Large two", two.company(), "never called comes before the retry");
        next = session.log(two.id(), base.outcome("wrong_number"), CallDetails.none(), base.clock.instant()).next();
        assertEquals("Large one", next.contact().company(), "the retry, due now");
    }

    @Test
    void theTargetChangesTheProgressAgainstIt() {
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        session.open(queue);
        assertEquals(150, session.setDailyTarget(150).target());
        assertEquals(150, base.inTx(tx -> base.services.queues().all(tx)).get(0).dailyTarget());
        assertFalse(session.start().baseEmpty());
    }
}
