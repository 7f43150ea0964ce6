package app.obzvon.call;

import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NextCallKind;
import app.obzvon.contact.RefusalReason;
import app.obzvon.queue.QueueFilter;
import app.obzvon.settings.CallingRules;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Soft refusals and companies out of attempts rest in the re-call pool, then come back; hard ones close. */
class RecallPoolTest {

    @TempDir
    Path folder;
    TestBase base;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void aSoftRefusalRestsInThePoolAndComesBackWithItsAttemptsAfresh() {
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        var alpha = base.next(queue);
        base.log(alpha, queue, "call_back", new CallDetails(null, base.clock.instant().plusSeconds(60), null));
        base.clock.advance(Duration.ofMinutes(2));
        base.log(base.next(queue), queue, "not_interested", new CallDetails(null, null, RefusalReason.NO_BUDGET));

        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.RECALL_POOL, state.status());
        assertEquals(RefusalReason.NO_BUDGET, state.refusalReason(), "the reason stays with it");
        assertEquals(0, state.attempts());
        assertEquals(NextCallKind.RETRY, state.nextCallKind());
        assertEquals(base.clock.instant().plus(CallingRules.DEFAULT.recallAfter()), state.nextCallAt());
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty(),
                "resting");

        // 90 days on is a Sunday: it waits for Monday's calling hours.
        var back = app.obzvon.queue.CallingHours.DEFAULT.nextOpening(state.nextCallAt(), TestBase.ZONE);
        assertEquals(java.time.DayOfWeek.MONDAY, back.atZone(TestBase.ZONE).getDayOfWeek());
        base.clock.set(state.nextCallAt().plusSeconds(60));
        base.services.dispenser().rewind();
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty(),
                "not on a Sunday");
        base.clock.set(back);
        assertEquals(alpha.id(), base.next(queue).id(), "back from the pool");
    }

    @Test
    void aHardRefusalClosesTheCompany() {
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        var alpha = base.next(queue);
        base.log(alpha, queue, "not_interested", new CallDetails(null, null, RefusalReason.NON_PROFILE));

        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.REFUSED, state.status());
        assertNull(state.nextCallAt());
        base.clock.advance(Duration.ofDays(400));
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty());
    }

    @Test
    void theLastUnansweredAttemptSendsTheCompanyToThePoolNotOutOfSight() {
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        var alpha = base.next(queue);
        for (int i = 0; i < CallingRules.DEFAULT.maxAttempts(); i++) {
            base.log(base.next(queue), queue, "no_answer");
            if (i < CallingRules.DEFAULT.maxAttempts() - 1) {
                var due = base.reload(alpha).state().nextCallAt();
                base.clock.set(app.obzvon.queue.CallingHours.DEFAULT.nextOpening(due, TestBase.ZONE));
                base.services.dispenser().rewind();
            }
        }

        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.RECALL_POOL, state.status());
        assertEquals(0, state.attempts());
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty(),
                "five attempts are the limit for now");
        base.clock.set(app.obzvon.queue.CallingHours.DEFAULT.nextOpening(state.nextCallAt(), TestBase.ZONE));
        base.services.dispenser().rewind();
        assertEquals(alpha.id(), base.next(queue).id());
    }
}
