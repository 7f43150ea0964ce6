package app.obzvon.ui.workstation;

import app.obzvon.contact.RefusalReason;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.TargetPreset;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caller screen's logic without a window: tasks run at once on the test thread. */
class WorkstationViewModelTest {

    static final UiTasks SYNCHRONOUS = new SynchronousTasks();

    @TempDir
    Path folder;
    TestBase base;
    WorkstationViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        model = new WorkstationViewModel(SYNCHRONOUS, base.clock);
    }

    @AfterEach
    void close() {
        base.close();
    }

    /** As the window does: the start read on the database thread, then handed to the view model. */
    private void connect() {
        var session = base.services.callingSession();
        model.connect(base.supervisor, session, session.start());
    }

    @Test
    void theDaysFiguresKeepUpWithThePersonsOtherWindowWithoutAKeyPress() {
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
        var queue = base.queue(QueueFilter.any());
        connect();
        assertEquals(0, model.progressProperty().get().counts().calls());

        try (var other = TestBase.open(base.file, base.clock)) {
            other.signIn().signIn(base.supervisor.id(), TestBase.PIN);
            var there = other.callingSession().open(queue);
            other.callingSession().log(there.contact().id(), base.outcome("no_answer"),
                    app.obzvon.call.CallDetails.none(), base.clock.instant());
        }
        model.tick();
        assertEquals(0, model.progressProperty().get().counts().calls(), "not read again at every tick");

        base.clock.advance(WorkstationViewModel.RECOUNT_EVERY);
        model.tick();
        assertEquals(1, model.progressProperty().get().counts().calls(), "read again within seconds");
    }

    @Test
    void anOutcomeThatNeedsAReasonWaitsForIt() {
        base.addCompanies("Alpha", "Bravo");
        base.queue(QueueFilter.any());
        connect();
        var notInterested = base.outcome("not_interested");

        model.choose(notInterested);
        assertEquals(notInterested, model.pendingOutcomeProperty().get());
        assertEquals("Alpha", model.contactProperty().get().company(), "nothing logged yet");

        model.noteProperty().set("дорого");
        model.chooseReason(RefusalReason.NO_BUDGET);
        assertNull(model.pendingOutcomeProperty().get());
        assertEquals("Bravo", model.contactProperty().get().company());
        assertEquals("", model.noteProperty().get());
        assertEquals("дорого", base.inTx(tx -> base.services.calls().history(tx, 1)).get(0).note());
    }

    @Test
    void aCallbackInThePastIsRefusedWithAMessage() {
        base.addCompanies("Alpha");
        base.queue(QueueFilter.any());
        connect();
        model.choose(base.outcome("call_back"));

        model.chooseCallbackAt(LocalDate.of(2026, 11, 22), LocalTime.of(15, 0));

        assertEquals("notice.callback.past", model.noticeProperty().get().key());
        assertEquals("Alpha", model.contactProperty().get().company());
        assertTrue(base.inTx(tx -> base.services.calls().history(tx, 1)).isEmpty());
    }

    @Test
    void undoIsOfferedForSixtySecondsOnly() {
        base.addCompanies("Alpha", "Bravo");
        base.queue(QueueFilter.any());
        connect();
        model.choose(base.outcome("busy"));
        model.tick();
        assertTrue(model.undoAvailableProperty().get());

        base.clock.advance(Duration.ofSeconds(61));
        model.tick();
        assertFalse(model.undoAvailableProperty().get());
        model.undo();
        assertEquals("Bravo", model.contactProperty().get().company());
        assertEquals(1, base.inTx(tx -> base.services.calls().history(tx, 1)).size(), "the call stays");
    }

    @Test
    void theDailyTargetIsStoredAndOutOfRangeIsRefused() {
        base.addCompanies("Alpha");
        base.queue(QueueFilter.any());
        connect();

        model.setDailyTarget(501);
        assertEquals("notice.target.invalid", model.noticeProperty().get().key());
        model.setDailyTarget(TargetPreset.MID_LARGE_B2B.target());

        assertEquals(40, model.progressProperty().get().target());
        assertEquals("Alpha", model.contactProperty().get().company(), "the contact on screen stays");
        assertEquals(40, base.inTx(tx -> base.services.queues().all(tx)).get(0).dailyTarget());
    }

    @Test
    void aFailureShowsAMessageAndKeepsTheContact() {
        base.addCompanies("Alpha");
        base.queue(QueueFilter.any());
        connect();
        var busy = base.outcome("busy");
        base.services.close(); // the database goes away under the screen

        model.choose(busy);

        assertEquals("notice.action.failed", model.noticeProperty().get().key());
        assertEquals("Alpha", model.contactProperty().get().company());
        assertFalse(model.busyProperty().get());
        base.services = TestBase.open(base.file, base.clock);
    }
}
