package app.obzvon.queue;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispenserTest {

    @TempDir
    Path folder;
    TestBase base;
    CallQueue queue;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        queue = base.queue(QueueFilter.any());
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void newContactsComeInTheOrderTheBaseWasLoaded() {
        base.addCompanies("Alpha", "Bravo", "Charlie");
        assertEquals("Alpha", base.next(queue).company());
    }

    @Test
    void dueCallbackComesBeforeNewContactsAndRetriesBeforeNothing() {
        base.addCompanies("Alpha", "Bravo", "Charlie");
        var alpha = base.next(queue);
        base.log(alpha, queue, "no_answer");
        var bravo = base.next(queue);
        assertEquals("Bravo", bravo.company());
        base.log(bravo, queue, "call_back", new CallDetails(null, base.clock.instant().plus(Duration.ofMinutes(30)), null));

        assertEquals("Charlie", base.next(queue).company(), "the callback is not due yet");
        base.clock.advance(Duration.ofMinutes(30));
        assertEquals("Bravo", base.next(queue).company(), "a due callback comes first");
    }

    @Test
    void noAnswerComesBackAfterTheRetryDelayOnly() {
        base.addCompanies("Alpha");
        var alpha = base.next(queue);
        base.log(alpha, queue, "no_answer");

        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty());
        var upcoming = base.inTx(tx -> base.services.dispenser().upcoming(tx, queue, base.supervisor.id()))
                .orElseThrow();
        assertEquals(UpcomingCall.Reason.RETRY, upcoming.reason());
        assertEquals(base.clock.instant().plus(Duration.ofHours(2)), upcoming.at());

        base.clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty());
        base.clock.advance(Duration.ofSeconds(1));
        assertEquals(alpha.id(), base.next(queue).id());
    }

    @Test
    void retriesStopAtTheAttemptLimit() {
        base.addCompanies("Alpha");
        for (int attempt = 1; attempt <= 5; attempt++) {
            var contact = base.next(queue);
            base.log(contact, queue, attempt % 2 == 0 ? "busy" : "no_answer");
            var due = base.reload(contact).state().nextCallAt();
            if (attempt < 5) {
                base.clock.set(CallingHours.DEFAULT.nextOpening(due, TestBase.ZONE));
            }
        }
        var alpha = base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow();
        assertEquals(app.obzvon.contact.ContactStatus.RECALL_POOL, alpha.state().status(),
                "out of attempts: the re-call pool, not out of sight");
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty(),
                "five attempts are the limit");
        assertEquals(CallingHours.DEFAULT.nextOpening(alpha.state().nextCallAt(), TestBase.ZONE),
                base.inTx(tx -> base.services.dispenser().upcoming(tx, queue, base.supervisor.id())).orElseThrow().at(),
                "it falls due again when its rest in the pool ends, inside its calling hours");
    }

    @Test
    void closedContactsAreNeverDispensed() {
        base.addCompanies("Refused", "Wrong", "Qualified", "Meeting", "DoNotCall");
        // A number of its own: "do not call" closes the others' shared number wherever the base has it.
        var open = TestBase.company("Open", app.obzvon.contact.CompanySize.SMALL);
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new app.obzvon.contact.NewContact(open.company(),
                open.person(),
                List.of("+7 495 765-43-21"), open.city(), open.region(), open.timeZone(), open.size(), open.category(),
                open.source()))));
        base.log(base.next(queue), queue, "not_interested", new CallDetails(null, null, RefusalReason.NO_BUDGET));
        base.log(base.next(queue), queue, "wrong_number");
        base.log(base.next(queue), queue, "qualified_lead");
        base.log(base.next(queue), queue, "meeting_booked",
                new CallDetails(null, base.clock.instant().plus(Duration.ofHours(1)), null));
        base.log(base.next(queue), queue, "do_not_call");
        base.clock.advance(Duration.ofDays(30));

        List<String> dispensed = new ArrayList<>();
        base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id()))
                .ifPresent(c -> dispensed.add(c.company()));
        assertEquals(List.of("Open"), dispensed);
        base.log(base.next(queue), queue, "qualified_lead");
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty());
    }

    @Test
    void membersPutIntoAQueueByHandComeOutOfItBesidesItsFilter() {
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(
                TestBase.company("Big", CompanySize.LARGE),
                TestBase.company("Small", CompanySize.SMALL),
                TestBase.company("Other", CompanySize.SMALL))));
        var large = base.queue(new QueueFilter(Set.of(), Set.of(CompanySize.LARGE), null, null, null));
        var imported = base.inTx(tx -> base.services.queues().add(tx, NewQueue.ofMembers("Imported", 80)));
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, imported, base.supervisor.id())).isEmpty(),
                "a members-only queue starts empty");

        base.addMembers(large, 2);
        base.addMembers(imported, 3);

        assertEquals("Big", base.next(large).company());
        base.log(base.next(large), large, "wrong_number");
        assertEquals("Small", base.next(large).company(), "a member besides the filter");
        assertEquals("Other", base.next(imported).company(), "a members-only queue holds its members alone");
        assertEquals("Small", base.next(queue).company(), "an any-filter queue still holds everything callable");
    }

    @Test
    void theQueueFilterSelectsBySizeCategoryAndStatus() {
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(
                TestBase.company("Big", CompanySize.LARGE),
                TestBase.company("Small", CompanySize.SMALL))));
        var large = base.queue(new QueueFilter(Set.of(), Set.of(CompanySize.LARGE), null, null, null));
        assertEquals("Big", base.next(large).company());

        var otherCategory = base.queue(new QueueFilter(Set.of(), Set.of(), "Производство", null, null));
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, otherCategory, base.supervisor.id())).isEmpty());

        var contacted = base.queue(new QueueFilter(Set.of(ContactStatus.CONTACT_1), Set.of(), null, null, null));
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, contacted, base.supervisor.id())).isEmpty());
        Contact big = base.next(large);
        base.log(big, large, "call_back", new CallDetails(null, base.clock.instant(), null));
        assertEquals("Big", base.next(contacted).company());
    }
}
