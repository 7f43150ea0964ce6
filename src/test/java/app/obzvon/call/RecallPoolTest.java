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
        assertTrue(base.services.dispenser().next(queue).isEmpty(), "resting");

        base.clock.advance(CallingRules.DEFAULT.recallAfter().plusMinutes(1));
        base.services.dispenser().rewind();
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
        assertTrue(base.services.dispenser().next(queue).isEmpty());
    }

    @Test
    void theLastUnansweredAttemptSendsTheCompanyToThePoolNotOutOfSight() {
        base.addCompanies("Alpha");
        var queue = base.queue(QueueFilter.any());
        var alpha = base.next(queue);
        for (int i = 0; i < CallingRules.DEFAULT.maxAttempts(); i++) {
            base.log(base.next(queue), queue, "no_answer");
            base.clock.advance(CallingRules.DEFAULT.retryDelay().plusMinutes(1));
            base.services.dispenser().rewind();
        }

        var state = base.reload(alpha).state();
        assertEquals(ContactStatus.RECALL_POOL, state.status());
        assertEquals(0, state.attempts());
        assertTrue(base.services.dispenser().next(queue).isEmpty(), "five attempts are the limit for now");
        base.clock.advance(CallingRules.DEFAULT.recallAfter());
        base.services.dispenser().rewind();
        assertEquals(alpha.id(), base.next(queue).id());
    }
}
