package app.obzvon.donotcall;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.NewContact;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.AUDIT;

/** A base of three companies for the do-not-call list's tests: Alpha and Bravo share a number, Bravo has no other. */
abstract class DoNotCallFixture {

    static final String X = "+7 495 123-45-67";
    static final String X_E164 = "+74951234567";

    @TempDir
    Path folder;
    TestBase base;
    DoNotCallList list;
    CallQueue queue;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        list = base.services.doNotCallList();
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(
                company("Alpha", X, "+7 916 765-43-21"),
                company("Bravo", X),
                company("Charlie", "+7 (383) 222-33-44"))));
        queue = base.queue(QueueFilter.any());
    }

    @AfterEach
    void close() {
        base.close();
    }

    static NewContact company(String name, String... phones) {
        return new NewContact(name, "Иван Петров", List.of(phones), "Москва", "Москва", TestBase.ZONE,
                CompanySize.SMALL, "Торговля", "test");
    }

    Contact contact(long id) {
        return base.inTx(tx -> base.services.contacts().find(tx, id)).orElseThrow();
    }

    List<PhoneClosed> closed(long id) {
        return contact(id).phones().stream().map(ContactPhone::closed).toList();
    }

    int audited(String action) {
        return base.services.database().dsl().fetchCount(AUDIT, AUDIT.ACTION.eq(action));
    }

    /** The companies the queue hands out, in order, until none is left (each logged busy once). */
    List<String> dispensed() {
        var names = new ArrayList<String>();
        for (var next = base.inTx(tx -> base.services.dispenser().next(tx, queue,
                base.supervisor.id())); next.isPresent();
             next = base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id()))) {
            names.add(next.get().company());
            base.log(next.get(), queue, "qualified_lead");
        }
        return names;
    }
}
