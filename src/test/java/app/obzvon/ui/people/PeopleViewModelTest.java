package app.obzvon.ui.people;

import app.obzvon.access.Role;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people window's logic without a window. */
class PeopleViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    PeopleViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.queue(QueueFilter.any());
        model = new PeopleViewModel(new SynchronousTasks(), base.services.people(), base.services.queueSetup());
        model.load();
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void aNewCallerGetsEveryQueueAndCanSignIn() {
        model.add("Борис", Role.CALLER, "1357", "1357");

        assertEquals("people.added", model.noticeProperty().get().key());
        assertEquals("Борис", model.selectedProperty().get().name());
        assertEquals(Set.of(base.services.queueSetup().all().get(0).id()), Set.copyOf(model.given()));
        assertEquals("Борис", base.services.signIn().signIn(model.selectedProperty().get().id(), "1357").name());
    }

    @Test
    void aTakenNameAShortPinOrTwoDifferentPinsAreRefusedAndNothingIsAdded() {
        model.add("анна", Role.CALLER, "1357", "1357");
        assertEquals("people.name.taken", model.noticeProperty().get().key());
        model.add("Борис", Role.CALLER, "13", "13");
        assertEquals("pin.too.short", model.noticeProperty().get().key());
        model.add("Борис", Role.CALLER, "1357", "7531");
        assertEquals("pin.mismatch", model.noticeProperty().get().key());

        assertEquals(1, model.people().size());
    }

    @Test
    void deactivatingKeepsThePersonListedAndTheirQueuesCanBeTakenAway() {
        model.add("Борис", Role.CALLER, "1357", "1357");
        model.given().clear();
        model.saveQueues();
        assertEquals(Set.of(), base.services.people().queues(model.selectedProperty().get().id()));

        model.toggleActive();

        assertEquals(2, model.people().size());
        assertFalse(model.selectedProperty().get().active());
        assertEquals("people.deactivated", model.noticeProperty().get().key());
        model.toggleActive();
        assertTrue(model.selectedProperty().get().active());
    }
}
