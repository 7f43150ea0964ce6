package app.obzvon.ui.workstation;

import app.obzvon.persistence.OpenMode;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.BrokenBases;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the caller screen does when the base fails under an outcome: says why, and keeps the contact. */
class FaultsViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aFullDiskKeepsTheContactOnScreenAndSaysTheCallWasNotLogged() {
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            var model = connected(base);
            var dsl = base.services.database().dsl();
            int pages = dsl.fetchOne("PRAGMA page_count").get(0, Integer.class);
            dsl.execute("PRAGMA max_page_count = " + pages);
            model.noteProperty().set("a long note ".repeat(4_000));

            model.choose(base.outcome("no_answer"));

            assertEquals("fault.disk.full.call", model.noticeProperty().get().key());
            assertEquals("Alpha", model.contactProperty().get().company(), "still on screen, to log again");
            assertFalse(model.busyProperty().get());
            assertEquals(0, dsl.fetchCount(CALLS));
            model.choose(base.outcome("no_answer"));
            assertEquals("Bravo", model.contactProperty().get().company(), "logged once there is room");
            assertEquals(1, dsl.fetchCount(CALLS));
        }
    }

    @Test
    void aBusyBaseSaysSoAndKeepsTheContact() throws Exception {
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            var model = connected(base);
            base.services.database().dsl().execute("PRAGMA busy_timeout = 100");
            try (var other = BrokenBases.holdWriteLock(base.file)) {
                model.choose(base.outcome("no_answer"));
                other.rollback();
            }

            assertEquals("fault.busy", model.noticeProperty().get().key());
            assertEquals("Alpha", model.contactProperty().get().company());
        }
    }

    @Test
    void aReadOnlyBaseShowsContactsAndRefusesOutcomesWithThatMessage() {
        Path file;
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            file = base.file;
        }
        try (var services = app.obzvon.Services.open(file, TestBase.mondayMorning(), TestBase.QUICK_HASH,
                OpenMode.READ_ONLY)) {
            var model = new WorkstationViewModel(new SynchronousTasks(), TestBase.mondayMorning());
            var door = new DoorViewModel(new SynchronousTasks(), TestBase.mondayMorning(), model);
            door.connect(services.signIn(), services.callingSession(), services.shifts(), services.signIn().door());
            assertTrue(model.readOnlyProperty().get());

            door.signIn(door.people().get(0), "1111");
            assertEquals("signin.wrong.pin", model.noticeProperty().get().key(), "a wrong PIN is still a wrong PIN");
            door.signIn(door.people().get(0), TestBase.PIN);
            assertEquals("Alpha", model.contactProperty().get().company(), "you can look");

            model.choose(services.database().inTransaction(tx -> services.outcomes().active(tx)).get(0));

            assertEquals("fault.read.only", model.noticeProperty().get().key(), "not an SQL error");
            assertEquals("Alpha", model.contactProperty().get().company());
            assertEquals(0, services.database().dsl().fetchCount(CALLS));
        }
    }

    @Test
    void aTableFoundDamagedTakesTheScreenWithWhatIsWrong() throws Exception {
        Path file;
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha");
            base.queue(QueueFilter.any());
            file = base.file;
        }
        // The door reads people and contacts; the queues are met after the PIN.
        BrokenBases.damageTable(file, "call_queues");
        try (var services = TestBase.open(file, TestBase.mondayMorning())) {
            var model = new WorkstationViewModel(new SynchronousTasks(), TestBase.mondayMorning());
            var door = new DoorViewModel(new SynchronousTasks(), TestBase.mondayMorning(), model);
            door.connect(services.signIn(), services.callingSession(), services.shifts(), services.signIn().door());

            door.signIn(door.people().get(0), TestBase.PIN);

            assertEquals(Screen.FAILED, model.screenProperty().get(), "not the sign-in screen with a line under it");
            assertEquals("fault.corrupt", model.noticeProperty().get().key());
        }
    }

    private static WorkstationViewModel connected(TestBase base) {
        var model = new WorkstationViewModel(new SynchronousTasks(), base.clock);
        var session = base.services.callingSession();
        model.connect(base.supervisor, session, session.start());
        assertEquals("Alpha", model.contactProperty().get().company());
        return model;
    }
}
