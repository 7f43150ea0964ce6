package app.obzvon.search;

import app.obzvon.call.CallDetails;
import app.obzvon.calling.ContactTakenException;
import app.obzvon.calling.LeftColdStageException;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prospect calls back: found by number or name, shown to a caller without the base's numbers, put on screen. */
class ContactSearchTest {

    @TempDir
    Path folder;
    TestBase base;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(
                new NewContact("ООО «Ромашка»", "Ирина Петрова", List.of("+7 495 111-22-33", "+7 916 000-11-22"),
                        "Москва", "Москва", TestBase.ZONE, CompanySize.SMALL, "Торговля", "t"),
                new NewContact("АО «Вектор»", "Олег", List.of("8 (383) 222-33-44"), "Новосибирск", null, null,
                        CompanySize.LARGE, "Производство", "t"))));
        base.inTx(tx -> base.services.contacts().addAll(tx, IntStream.range(0, 30).mapToObj(i -> new NewContact(
                "Ромашка-" + i, "П", List.of("+7 495 300-00-" + (10 + i)), "Москва", null, TestBase.ZONE,
                CompanySize.SMALL, "Т", "t")).toList()));
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void aNumberInAnyFormFindsItsCompany() {
        var search = base.services.contactSearch();
        for (var typed : List.of("+7 916 000-11-22", "89160001122", "(916) 000 11 22")) {
            var found = search.find(typed);
            assertEquals(1, found.size(), typed);
            assertEquals("ООО «Ромашка»", found.get(0).company(), typed);
        }
        assertEquals("АО «Вектор»", search.find("+7 383 222 33 44").get(0).company());
    }

    @Test
    void aNameIsFoundWhateverItsCaseAndACallerSeesOnlyAFewRows() {
        var boris = base.addCaller("Борис", "1357");
        assertEquals(ContactSearch.SUPERVISOR_ROWS > 31 ? 31 : ContactSearch.SUPERVISOR_ROWS,
                base.services.contactSearch().find("ромашка").size(), "a supervisor sees them all");
        assertEquals("АО «Вектор»", base.services.contactSearch().find("вектор").get(0).company());
        assertTrue(base.services.contactSearch().find("ро").isEmpty(), "too short to search");
        try (var window = TestBase.open(base.file, base.clock)) {
            window.signIn().signIn(boris.id(), "1357");
            assertEquals(ContactSearch.CALLER_ROWS, window.contactSearch().find("Ромашка").size(),
                    "a caller cannot page through the base");
        }
    }

    @Test
    void aFoundCompanyTakesTheScreenUnlessAnotherWindowHoldsItOrItHasGoneOn() {
        var queue = base.queue(QueueFilter.any());
        var session = base.services.callingSession();
        var shown = session.open(queue).contact();
        assertEquals("ООО «Ромашка»", shown.company());
        var vector = base.services.contactSearch().find("+7 383 222 33 44").get(0);
        var view = session.take(vector.id());
        assertEquals("АО «Вектор»", view.contact().company());
        // Logged as any call: the prospect asked to be called back tomorrow.
        session.log(vector.id(), base.outcome("call_back"),
                new CallDetails(null, base.clock.instant().plus(Duration.ofDays(1)), null), base.clock.instant());
        assertEquals("Анна", base.services.contactSearch().find("вектор").get(0).workedBy(), "in her working list now");

        var boris = base.addCaller("Борис", "1357");
        try (var window = TestBase.open(base.file, base.clock)) {
            window.signIn().signIn(boris.id(), "1357");
            var his = window.callingSession();
            his.open(window.callingSession().queues().get(0));
            var romashka = window.contactSearch().find("+7 495 111 22 33").get(0);
            session.take(romashka.id());
            assertThrows(ContactTakenException.class, () -> his.take(romashka.id()), "on Анна's screen");
        }
        var lead = base.log(base.inTx(tx -> base.services.contacts().find(tx, 2)).orElseThrow(), queue,
                "qualified_lead");
        var dsl = base.services.database().dsl();
        dsl.execute("INSERT INTO handovers (id, created_at, caller_id, lead_count, criteria) VALUES (1, 0, 1, 1, '')");
        dsl.execute("INSERT INTO handover_leads (handover_id, call_id, contact_id) VALUES (1, ?, 2)", lead.id());
        assertThrows(LeftColdStageException.class, () -> session.take(2));
    }
}
