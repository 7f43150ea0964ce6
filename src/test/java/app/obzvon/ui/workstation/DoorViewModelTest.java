package app.obzvon.ui.workstation;

import app.obzvon.Services;
import app.obzvon.access.Role;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The door without a window: the first start, sign-in, switching the caller, and the idle lock. */
class DoorViewModelTest {

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(TestBase.MORNING, TestBase.ZONE);
    Services services;
    WorkstationViewModel model;
    DoorViewModel door;

    private void open(Services opened) {
        services = opened;
        model = new WorkstationViewModel(new SynchronousTasks(), clock);
        door = new DoorViewModel(new SynchronousTasks(), clock, model);
        door.connect(services.signIn(), services.callingSession(), services.shifts(), services.signIn().door());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyBaseOffersTheFirstStartAndTheDemoFillsIt() {
        open(TestBase.open(folder.resolve("obzvon.db"), clock));
        assertEquals(Screen.FIRST_START, model.screenProperty().get());
        assertTrue(door.baseEmptyProperty().get());

        door.createFirstSupervisor("  Анна ", "2468", "2468", Locale.forLanguageTag("ru"));

        assertEquals(Screen.CONTACT, model.screenProperty().get());
        assertEquals("Анна", model.callerNameProperty().get());
        assertEquals(Role.SUPERVISOR, model.personProperty().get().role());
        assertEquals(3, model.queues().size());
        var firstStep = model.script().currentProperty().get().text();
        assertTrue(firstStep.contains("Анна"), firstStep);
        assertFalse(firstStep.contains("{"), "every field is filled: " + firstStep);
        assertEquals(90, model.progressProperty().get().target());
    }

    @Test
    void theFirstStartRefusesAShortOrMistypedPinAndChangesNothing() {
        open(TestBase.open(folder.resolve("obzvon.db"), clock));

        door.createFirstSupervisor("Анна", "12", "12", null);
        assertEquals("pin.too.short", model.noticeProperty().get().key());
        door.createFirstSupervisor("Анна", "2468", "2469", null);
        assertEquals("pin.mismatch", model.noticeProperty().get().key());

        assertEquals(Screen.FIRST_START, model.screenProperty().get());
        assertTrue(services.signIn().door().firstStart(), "nobody has a PIN yet");
    }

    @Test
    void anEmptyBaseStartedEmptySaysThereAreNoQueues() {
        open(TestBase.open(folder.resolve("obzvon.db"), clock));
        door.createFirstSupervisor("Anna", "2468", "2468", null);
        assertEquals(Screen.NO_QUEUES, model.screenProperty().get());
        assertEquals("Anna", services.database().inTransaction(tx -> services.personRepository().find(tx, 1))
                .orElseThrow().name());
    }

    /** A caller signs in, the screen locks after the idle time with the call still there, and opens with the PIN. */
    @Test
    void signInLockAfterIdleAndUnlockKeepTheCallOnScreen() {
        Path file;
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            base.addCaller("Борис", "1357");
            base.services.people().setLockAfter(Duration.ofMinutes(5));
            file = base.file;
        }
        open(TestBase.open(file, clock));
        assertEquals(Screen.SIGN_IN, model.screenProperty().get());
        var boris = door.people().stream().filter(p -> p.name().equals("Борис")).findFirst().orElseThrow();

        door.signIn(boris, "0000");
        assertEquals("signin.wrong.pin", model.noticeProperty().get().key());
        assertEquals(Screen.SIGN_IN, model.screenProperty().get());

        door.signIn(boris, "1357");
        assertEquals(Screen.CONTACT, model.screenProperty().get());
        assertEquals("Alpha", model.contactProperty().get().company());

        clock.advance(Duration.ofMinutes(4));
        door.tick();
        assertFalse(door.lockedProperty().get());
        door.activity();
        clock.advance(Duration.ofMinutes(5));
        door.tick();
        assertTrue(door.lockedProperty().get(), "five idle minutes lock the screen");
        assertEquals("Alpha", model.contactProperty().get().company(), "the call survives the lock");

        door.unlock("9999");
        assertTrue(door.lockedProperty().get());
        door.unlock("1357");
        assertFalse(door.lockedProperty().get());
        assertEquals("Alpha", model.contactProperty().get().company());

        services.signIn().signIn(1, TestBase.PIN); // to read the audit as the supervisor
        var actions = services.auditLog().find(AuditFilter.ALL).stream().map(e -> e.action()).toList();
        assertEquals(2, actions.stream().filter(a -> a == AuditAction.SIGN_IN_FAILED).count(), actions.toString());
        assertTrue(actions.contains(AuditAction.SCREEN_LOCKED));
    }

    @Test
    void switchingTheCallerLetsGoOfTheContactAndShowsTheDoorAgain() {
        Path file;
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            base.addCaller("Борис", "1357");
            file = base.file;
        }
        open(TestBase.open(file, clock));
        var anna = door.people().get(0);
        door.signIn(anna, TestBase.PIN);
        assertEquals("Alpha", model.contactProperty().get().company());

        door.switchCaller();

        assertEquals(Screen.SIGN_IN, model.screenProperty().get());
        assertNull(model.personProperty().get());
        assertNull(model.contactProperty().get(), "nobody's card stays on screen");
        assertTrue(model.queues().isEmpty());
        var boris = door.people().stream().filter(p -> p.name().equals("Борис")).findFirst().orElseThrow();
        door.signIn(boris, "1357");
        assertEquals("Alpha", model.contactProperty().get().company(), "Alpha was let go, so Борис gets it");
        assertNotNull(model.progressProperty().get());
        assertEquals(0, model.progressProperty().get().counts().calls(), "progress is Борис's own");
    }
}
