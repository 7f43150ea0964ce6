package app.obzvon.queue;

import app.obzvon.call.CallDetails;
import app.obzvon.calling.CallingSession;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.RefusalReason;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds' working list and deadline, over simulated days and weeks. */
class WorkingListTest {

    @TempDir
    Path folder;
    TestBase base;
    CallingSession session;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.addCompanies("Альфа", "Бета", "Гамма", "Дельта");
        session = base.services.callingSession();
    }

    @AfterEach
    void close() {
        base.close();
    }

    private CallQueue queueWith(WorkRules rules) {
        var queue = base.queue(QueueFilter.any());
        base.inTx(tx -> {
            base.services.queues().setWork(tx, queue.id(), rules);
            return null;
        });
        return base.inTx(tx -> base.services.queues().all(tx)).stream().filter(q -> q.id() == queue.id()).findFirst()
                .orElseThrow();
    }

    private CallDetails callbackIn(Duration later) {
        return new CallDetails(null, base.clock.instant().plus(later), null);
    }

    @Test
    void newCompaniesAreServedOnlyWhileTheWorkingListHasRoom() {
        var queue = queueWith(new WorkRules(2, 30, ContactStatus.STRATEGIC_RESERVE, false));
        var view = session.open(queue);
        assertEquals(new app.obzvon.calling.QueueView.WorkingList(0, 2), view.workingList());
        view = session.log(view.contact().id(), base.outcome("call_back"), callbackIn(Duration.ofDays(1)),
                base.clock.instant()).next();
        assertEquals("Бета", view.contact().company());
        assertEquals(1, view.workingList().held());
        view = session.log(view.contact().id(), base.outcome("call_back"), callbackIn(Duration.ofDays(1)),
                base.clock.instant()).next();
        assertNull(view.contact(), "two in work: no new company, though Гамма and Дельта wait");
        assertTrue(view.workingList().full());

        base.clock.advance(Duration.ofDays(1));
        view = session.open(queue);
        assertEquals("Альфа", view.contact().company(), "her callback");
        view = session.log(view.contact().id(), base.outcome("not_interested"),
                new CallDetails(null, null, RefusalReason.NON_PROFILE), base.clock.instant()).next();
        assertEquals("Бета", view.contact().company(), "the other callback comes before new companies");
        assertEquals(1, view.workingList().held(), "a refusal frees its place");
        view = session.log(view.contact().id(), base.outcome("qualified_lead"), CallDetails.none(),
                base.clock.instant()).next();
        assertEquals("Гамма", view.contact().company(), "room again");
        assertEquals(0, view.workingList().held(), "a lead leaves active work too");
    }

    @Test
    void aCompanyPastItsDeadlineGoesToThePoolAndIsListedAsExpired() {
        var queue = queueWith(new WorkRules(70, 14, ContactStatus.RECALL_POOL, false));
        Instant firstContact = base.clock.instant();
        var alpha = session.open(queue).contact();
        session.log(alpha.id(), base.outcome("call_back"), callbackIn(Duration.ofDays(2)), firstContact);
        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.CONTACT_1, state.status());
        assertEquals(firstContact.plus(Duration.ofDays(14)), state.work().deadline());

        // Two days on: the proposal is discussed, another callback in a week. The deadline stays.
        base.clock.advance(Duration.ofDays(2));
        var view = session.open(queue);
        assertEquals(alpha.id(), view.contact().id());
        session.log(alpha.id(), base.outcome("call_back"), callbackIn(Duration.ofDays(7)), base.clock.instant());
        state = base.reload(alpha).state();
        assertEquals(ContactStatus.CONTACT_2, state.status());
        assertEquals(firstContact.plus(Duration.ofDays(14)), state.work().deadline(), "counted from the first contact");

        // The callback goes unanswered for a week; the fourteen days pass.
        base.clock.set(firstContact.plus(Duration.ofDays(14)).plusSeconds(60));
        view = session.open(queue);
        state = base.reload(alpha).state();
        assertEquals(ContactStatus.RECALL_POOL, state.status());
        assertNull(state.work(), "its place is free");
        assertEquals(base.clock.instant().plus(base.inTx(tx -> base.services.settings().callingRules(tx))
                .recallAfter()),
                state.nextCallAt());
        assertEquals(0, view.workingList().held());
        var expired = session.expired();
        assertEquals(1, expired.size());
        assertEquals("Альфа", expired.get(0).company());
        assertEquals(ContactStatus.CONTACT_2, expired.get(0).from());
        assertEquals(ContactStatus.RECALL_POOL, expired.get(0).to());
        assertEquals("Анна", expired.get(0).callerName());
    }

    @Test
    void byDefaultAnExpiredCompanyIsKeptInTheStrategicReserve() {
        var queue = base.queue(QueueFilter.any());
        var alpha = session.open(queue).contact();
        session.log(alpha.id(), base.outcome("call_back"), callbackIn(Duration.ofDays(1)), base.clock.instant());
        base.clock.advance(Duration.ofDays(WorkRules.DEFAULT.deadlineDays()).plusHours(1));
        session.open(queue);
        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.STRATEGIC_RESERVE, state.status());
        assertNull(state.nextCallAt(), "ready to talk, no date");
    }

    @Test
    void aCallerSeesOnlyTheirOwnExpiredCompaniesAndASupervisorSeesEveryones() {
        var queue = base.queue(QueueFilter.any());
        var boris = base.addCaller("Борис", "1357");
        var alpha = session.open(queue).contact();
        session.log(alpha.id(), base.outcome("call_back"), callbackIn(Duration.ofDays(1)), base.clock.instant());
        base.clock.advance(Duration.ofDays(31));
        session.open(queue);
        assertEquals(1, session.expired().size());
        session.leave();
        try (var borisWindow = TestBase.open(base.file, base.clock)) {
            borisWindow.signIn().signIn(boris.id(), "1357");
            assertTrue(borisWindow.callingSession().expired().isEmpty());
        }
    }
}
