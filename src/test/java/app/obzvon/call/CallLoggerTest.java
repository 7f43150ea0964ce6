package app.obzvon.call;

import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallLoggerTest {

    @TempDir
    Path folder;
    TestBase base;
    CallQueue queue;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        queue = base.queue(QueueFilter.any());
        base.addCompanies("Alpha");
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void noAnswerAndBusyScheduleARetryAndKeepTheStatus() {
        for (var code : new String[] {"no_answer", "busy"}) {
            var contact = base.next(queue);
            base.log(contact, queue, code);
            var after = base.reload(contact).state();
            assertEquals(ContactStatus.NEW, after.status(), code);
            assertEquals(NextCallKind.RETRY, after.nextCallKind(), code);
            // 10:00 → 12:00 (midday); at 12:00, two hours on is still midday: 15:00, the afternoon.
            var expected = code.equals("no_answer") ? base.clock.instant().plus(Duration.ofHours(2))
                    : base.clock.instant().plus(Duration.ofHours(3));
            assertEquals(expected, after.nextCallAt(), code);
            base.clock.advance(Duration.ofHours(2));
        }
        assertEquals(2, base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow().state().attempts());
    }

    @Test
    void callBackWarmsTheLeadAndSchedulesTheCallback() {
        var contact = base.next(queue);
        var at = Instant.parse("2026-11-24T07:00:00Z");
        base.log(contact, queue, "call_back", new CallDetails("звонить секретарю", at, null));
        var after = base.reload(contact).state();
        assertEquals(ContactStatus.CONTACT_1, after.status());
        assertEquals(NextCallKind.CALLBACK, after.nextCallKind());
        assertEquals(at, after.nextCallAt());

        base.clock.advance(Duration.ofDays(1));
        base.log(base.next(queue), queue, "call_back", new CallDetails(null, base.clock.instant().plusSeconds(60), null));
        assertEquals(ContactStatus.CONTACT_2, base.reload(contact).status());
    }

    @Test
    void callBackWithoutATimeIsRefusedAndChangesNothing() {
        var contact = base.next(queue);
        assertThrows(IllegalArgumentException.class, () -> base.log(contact, queue, "call_back"));
        assertEquals(contact.state(), base.reload(contact).state());
        assertTrue(base.inTx(tx -> base.services.calls().history(tx, contact.id())).isEmpty());
    }

    @Test
    void theHistorySaysHowEachCallMovedTheStatus() {
        var contact = base.next(queue);
        base.log(contact, queue, "call_back", new CallDetails(null, base.clock.instant().plusSeconds(60), null));
        base.clock.advance(Duration.ofMinutes(2));
        base.log(contact, queue, "not_interested", new CallDetails(null, null, RefusalReason.NO_BUDGET));

        var history = base.inTx(tx -> base.services.calls().history(tx, contact.id()));
        assertEquals(List.of("not_interested", "call_back"), history.stream().map(CallHistoryEntry::outcomeCode).toList());
        assertEquals(ContactStatus.CONTACT_1, history.get(0).statusBefore());
        assertEquals(ContactStatus.RECALL_POOL, history.get(0).statusAfter());
        assertEquals(ContactStatus.NEW, history.get(1).statusBefore());
        assertEquals(ContactStatus.CONTACT_1, history.get(1).statusAfter());
        assertTrue(history.get(1).changedStatus());
        assertEquals("Анна", history.get(0).callerName());
    }

    @Test
    void notOurProfileRefusesWithTheReason() {
        var contact = base.next(queue);
        base.log(contact, queue, "not_interested", new CallDetails(null, null, RefusalReason.NON_PROFILE));
        var after = base.reload(contact).state();
        assertEquals(ContactStatus.REFUSED, after.status());
        assertEquals(RefusalReason.NON_PROFILE, after.refusalReason());
        assertNull(after.nextCallKind());
        assertEquals("NON_PROFILE", base.inTx(tx -> base.services.calls().history(tx, contact.id())).get(0)
                .refusalReason());
    }

    @Test
    void wrongNumberQualifiedMeetingAndDoNotCallCloseTheContact() {
        base.addCompanies("Bravo", "Charlie", "Delta");
        base.log(base.next(queue), queue, "wrong_number");
        base.log(base.next(queue), queue, "qualified_lead");
        var meetingAt = base.clock.instant().plus(Duration.ofDays(2));
        base.log(base.next(queue), queue, "meeting_booked", new CallDetails(null, meetingAt, null));
        base.log(base.next(queue), queue, "do_not_call");

        var contacts = base.services.contacts();
        assertEquals(ContactStatus.WRONG_NUMBER, base.inTx(tx -> contacts.find(tx, 1)).orElseThrow().status());
        assertEquals(ContactStatus.QUALIFIED, base.inTx(tx -> contacts.find(tx, 2)).orElseThrow().status());
        assertEquals(ContactStatus.QUALIFIED, base.inTx(tx -> contacts.find(tx, 3)).orElseThrow().status());
        assertEquals(meetingAt, base.inTx(tx -> base.services.calls().history(tx, 3)).get(0).callbackAt());
        var dnc = base.inTx(tx -> contacts.find(tx, 4)).orElseThrow().state();
        assertTrue(dnc.doNotCall());
        assertEquals(ContactStatus.NEW, dnc.status());
    }

    @Test
    void theNoteIsStoredWithTheCall() {
        var contact = base.next(queue);
        base.log(contact, queue, "busy", CallDetails.none().withNote("  секретарь просила после обеда  "));
        var history = base.inTx(tx -> base.services.calls().history(tx, contact.id()));
        assertEquals(1, history.size());
        assertEquals("секретарь просила после обеда", history.get(0).note());
        assertEquals("busy", history.get(0).outcomeCode());
    }

    @Test
    void undoRestoresTheContactAndRemovesTheCall() {
        var contact = base.next(queue);
        var logged = base.log(contact, queue, "not_interested", new CallDetails(null, null, RefusalReason.OTHER));
        base.clock.advance(Duration.ofSeconds(59));

        assertEquals(Undo.UNDONE, base.inTx(tx -> base.services.callLogger().undo(tx, logged.id(),
                base.supervisor.id())));
        assertEquals(contact.state(), base.reload(contact).state());
        assertTrue(base.inTx(tx -> base.services.calls().history(tx, contact.id())).isEmpty());
        assertEquals(0, base.inTx(tx -> base.services.progress().today(tx, base.supervisor.id(), queue)).counts()
                .calls());
        assertEquals(contact.id(), base.next(queue).id(), "the contact is back in the queue");
    }

    @Test
    void undoAfterSixtySecondsChangesNothing() {
        var contact = base.next(queue);
        var logged = base.log(contact, queue, "wrong_number");
        base.clock.advance(Duration.ofSeconds(61));

        assertFalse(base.services.callLogger().canUndo(logged));
        assertEquals(Undo.TOO_LATE, base.inTx(tx -> base.services.callLogger().undo(tx, logged.id(),
                base.supervisor.id())));
        assertEquals(ContactStatus.WRONG_NUMBER, base.reload(contact).status());
        assertEquals(1, base.inTx(tx -> base.services.calls().history(tx, contact.id())).size());
    }

    @Test
    void progressCountsTodayFromTheDatabaseAcrossARestart() {
        base.addCompanies("Bravo", "Charlie");
        base.log(base.next(queue), queue, "no_answer");
        base.log(base.next(queue), queue, "call_back", new CallDetails(null, base.clock.instant().plusSeconds(3600), null));
        base.log(base.next(queue), queue, "qualified_lead");

        base.restart();

        var progress = base.inTx(tx -> base.services.progress().today(tx, base.supervisor.id(), queue));
        assertEquals(new DayCounts(3, 2, 1, 0, 0), progress.counts());
        assertEquals(77, progress.remaining());
        // 10:00 to 18:00 leaves 8 hours for 77 calls.
        assertEquals(10, progress.callsPerHourNeeded().orElseThrow());

        base.clock.advance(Duration.ofDays(1));
        assertEquals(0, base.inTx(tx -> base.services.progress().today(tx, base.supervisor.id(), queue)).counts()
                .calls(), "a new day starts at zero");
    }
}
