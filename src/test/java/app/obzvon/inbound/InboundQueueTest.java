package app.obzvon.inbound;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An inbound request comes first in its caller's queue, through the caller's real round. */
class InboundQueueTest extends InboundFixture {

    @Test
    void aRequestGivenFromTheSupervisorsWindowComesNextOnTheCallersScreenAndIsAnsweredThere() {
        startShift(boris);
        // A queue of the base's own trade companies: the request's new company is not in it, and
        // comes only as the caller's own callback, ahead of the queue (as in any other queue).
        var trade = base.queue(new QueueFilter(Set.of(), Set.of(), "Торговля", null, null));
        try (var window = callersWindow()) {
            var session = window.callingSession();
            var shown = session.open(trade).contact();
            assertEquals("Alpha", shown.company());

            // Given meanwhile from the supervisor's window (another window or PC on the same base).
            base.clock.advance(Duration.ofSeconds(30));
            var entered = inbound.enter(request(1));
            assertEquals(boris.id(), entered.callerId());
            // Before the session looks again it keeps to the callbacks it knew of (none): the next company.
            shown = session.log(shown.id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant())
                    .next().contact();
            assertEquals("Bravo", shown.company());
            // The caller's window re-reads the day's progress every few seconds: that look finds it.
            base.clock.advance(Duration.ofSeconds(10));
            session.progress();

            var next = session.log(shown.id(), base.outcome("no_answer"), CallDetails.none(), base.clock.instant())
                    .next().contact();
            assertEquals(entered.contactId(), next.id(), "the request before the queue's next company");
            assertEquals("Заявка 1", next.company());
            assertEquals("Счёт на станки", window.inboundRequests().onCard(next.id()).orElseThrow().wants());
            assertEquals(1, inbound.waiting(Duration.ZERO).size());

            base.clock.advance(Duration.ofMinutes(3));
            var answer = session.log(next.id(), base.outcome("call_back"), new CallDetails(null,
                    base.clock.instant().plus(Duration.ofDays(1)), null), base.clock.instant());
            assertTrue(inbound.waiting(Duration.ZERO).isEmpty(), "answered by the call logged");
            var done = inbound.today().get(0);
            assertEquals(base.clock.instant(), done.answeredAt());
            assertEquals(Duration.ofMinutes(3).plusSeconds(10), done.waited(base.clock.instant().plusSeconds(600)));

            // Taken back: the call is gone, the request waits again, its company back on her screen.
            var undone = session.undo(answer.call());
            assertEquals(next.id(), undone.view().contact().id());
            assertEquals(1, inbound.waiting(Duration.ZERO).size());
        }
    }

    @Test
    void anEmptyQueueShowsTheRequestAtTheNextLook() {
        startShift(vera);
        try (var window = callersWindow(vera, "2468")) {
            var session = window.callingSession();
            var opened = session.open(queue);
            var alpha = opened.contact();
            // Her queue is worked through: every company called, no retry due yet.
            var contact = alpha;
            while (contact != null) {
                contact = session.log(contact.id(), base.outcome("not_interested"),
                        new CallDetails(null, null, app.obzvon.contact.RefusalReason.values()[0]), base.clock.instant())
                        .next().contact();
            }
            var entered = inbound.enter(request(2));
            assertEquals(vera.id(), entered.callerId());
            var again = session.open(queue);
            assertEquals(entered.contactId(), again.contact().id());
        }
    }

    private Services callersWindow() {
        return callersWindow(boris, "1357");
    }

    private Services callersWindow(app.obzvon.access.Person caller, String pin) {
        var window = TestBase.open(base.file, base.clock);
        window.signIn().signIn(caller.id(), pin);
        return window;
    }
}
