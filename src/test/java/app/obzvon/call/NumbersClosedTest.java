package app.obzvon.call;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NewContact;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Wrong number" and "do not call" close the number dialled; the company closes with its last number. */
class NumbersClosedTest {

    @TempDir
    Path folder;
    TestBase base;
    CallQueue queue;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact("Alpha", "Иван Петров",
                List.of("+7 495 123-45-67", "+7 916 765-43-21"), "Москва", "Москва", TestBase.ZONE, CompanySize.SMALL,
                "Торговля", "test"))));
        queue = base.queue(QueueFilter.any());
    }

    @AfterEach
    void close() {
        base.close();
    }

    private List<PhoneClosed> closed() {
        return base.inTx(tx -> base.services.contacts().find(tx, 1)).orElseThrow().phones().stream()
                .map(ContactPhone::closed).toList();
    }

    @Test
    void aWrongNumberOnTheFirstOfTwoLeavesTheCompanyCallableOnTheSecond() {
        base.log(base.next(queue), queue, "wrong_number");

        assertEquals(java.util.Arrays.asList(PhoneClosed.WRONG_NUMBER, null), closed());
        var alpha = base.next(queue);
        assertEquals(ContactStatus.NEW, alpha.status(), "still callable");
        assertEquals("+7 916 765-43-21", alpha.phones().stream().filter(ContactPhone::isOpen).findFirst()
                .orElseThrow().written(), "the next call is on the other number");

        base.log(alpha, queue, "wrong_number");
        assertEquals(List.of(PhoneClosed.WRONG_NUMBER, PhoneClosed.WRONG_NUMBER), closed());
        assertEquals(ContactStatus.WRONG_NUMBER, base.reload(alpha).status(), "no number left: the company closes");
        assertTrue(base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).isEmpty());
    }

    @Test
    void theNumberOnTheLineIsTheOneClosedAndAnUndoOpensItAgain() {
        var alpha = base.next(queue);
        long second = alpha.phones().get(1).id();
        var logged = base.log(alpha.id(), queue, base.supervisor.id(), "do_not_call",
                CallDetails.none().withPhone(second));

        assertEquals(java.util.Arrays.asList(null, PhoneClosed.DO_NOT_CALL), closed());
        assertFalse(base.reload(alpha).state().doNotCall(), "the company itself may still be called");

        assertEquals(Undo.UNDONE, base.inTx(tx -> base.services.callLogger().undo(tx, logged.id(),
                base.supervisor.id())));
        assertEquals(java.util.Arrays.asList(null, null), closed());
    }
}
