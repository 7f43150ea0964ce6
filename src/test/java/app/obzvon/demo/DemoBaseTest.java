package app.obzvon.demo;

import app.obzvon.contact.Contact;
import app.obzvon.contact.NewContact;
import app.obzvon.persistence.Database;
import app.obzvon.persistence.JooqContactRepository;
import app.obzvon.persistence.JooqQueueRepository;
import app.obzvon.persistence.JooqScriptRepository;
import app.obzvon.script.ScriptFormat;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.Dispenser;
import app.obzvon.settings.CallingRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoBaseTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** "+7 (495) 012-34-56" or "+7 (3812) 01-23-45": local parts start with 0, which no Russian number does. */
    private static final Pattern PHONE =
            Pattern.compile("\\+7 (\\(\\d{3}\\) 0\\d{2}|\\(\\d{4}\\) 0\\d)-\\d{2}-\\d{2}");

    @TempDir
    Path tempDir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    /** The real repositories over a fresh database file, as the app wires them. */
    private final class Wiring {
        final Database database;
        final JooqContactRepository contacts;
        final JooqScriptRepository scripts;
        final JooqQueueRepository queues;
        final DemoBase demo;

        Wiring(String file) {
            var clock = Clock.systemDefaultZone();
            database = Database.open(tempDir.resolve(file));
            opened.add(database);
            contacts = new JooqContactRepository(database, clock);
            scripts = new JooqScriptRepository(clock);
            queues = new JooqQueueRepository(database, contacts, clock);
            demo = new DemoBase(contacts, scripts, queues);
        }

        List<Contact> allContacts() {
            return database.read(tx -> database.dsl().select(CONTACTS.ID).from(CONTACTS).orderBy(CONTACTS.ID)
                    .fetch(CONTACTS.ID).stream().map(id -> contacts.find(tx, id).orElseThrow()).toList());
        }

        String scriptOf(CallQueue queue) {
            return ScriptFormat.write(database.read(tx -> scripts.latest(tx, queue.scriptId())).orElseThrow().script());
        }
    }

    @Test
    void russianLoadFillsAWorkableBase() {
        var w = new Wiring("t.db");

        var summary = w.database.inTransaction(tx -> w.demo.load(tx, Locale.forLanguageTag("ru")));

        assertEquals(DemoContacts.COUNT, summary.contacts());
        assertEquals(DemoContacts.COUNT, w.database.read(w.queues::lastContactId));
        assertEquals(3, summary.queues());
        var queues = w.database.read(w.queues::all);
        assertEquals(List.of("Малый бизнес", "Средние и крупные", "Розница"),
                queues.stream().map(CallQueue::name).toList());

        var dispenser = new Dispenser(w.queues, new app.obzvon.queue.Claims(new app.obzvon.persistence.JooqClaimRepository(
                w.database), Clock.systemDefaultZone()), tx -> CallingRules.DEFAULT,
                app.obzvon.testing.TestBase.mondayMorning());
        for (var queue : queues) {
            var next = w.database.inTransaction(tx -> dispenser.next(tx, queue, 1))
                    .orElseThrow(() -> new AssertionError(queue.name() + " is empty"));
            assertTrue(queue.filter().sizes().contains(next.size()), queue.name() + " gave " + next.size());
            if (queue.filter().category() != null) {
                assertEquals(queue.filter().category(), next.category());
            }
            var script = w.scriptOf(queue);
            assertTrue(script.contains("{company}"), queue.name());
            assertTrue(CYRILLIC.matcher(script).find(), queue.name());
        }
        assertEquals("Розница", queues.get(2).filter().category());
        var coldCall = w.database.read(tx -> w.scripts.latest(tx, queues.get(0).scriptId())).orElseThrow().script();
        assertTrue(coldCall.steps().size() >= 8, coldCall.steps().size() + " steps");
        assertTrue(coldCall.objections().size() >= 4, coldCall.objections().size() + " objections");

        for (var contact : w.allContacts()) {
            assertFalse(contact.phones().isEmpty(), contact.company());
            contact.phones().forEach(p -> assertTrue(PHONE.matcher(p.written()).matches(), p.written()));
            assertTrue(ZoneId.getAvailableZoneIds().contains(contact.timeZone().getId()), contact.company());
            assertTrue(CYRILLIC.matcher(contact.company()).find(), contact.company());
            assertEquals(3, contact.person().split(" ").length, contact.person());
            assertEquals("Демо-база", contact.source());
        }
    }

    @Test
    void generationIsDeterministicWithUniqueCompanies() {
        var first = DemoContacts.generate(true);

        assertEquals(first, DemoContacts.generate(true));
        assertEquals(first.size(), first.stream().map(NewContact::company).distinct().count());
    }

    @Test
    void englishLoadGivesEnglishNames() {
        var w = new Wiring("en.db");

        w.database.inTransaction(tx -> w.demo.load(tx, Locale.ENGLISH));

        var contacts = w.allContacts();
        assertEquals(DemoContacts.COUNT, contacts.size());
        for (var contact : contacts) {
            var text = String.join(" ", contact.company(), contact.person(), contact.city(), contact.region(),
                    contact.category());
            assertFalse(CYRILLIC.matcher(text).find(), text);
        }
        for (var queue : w.database.read(w.queues::all)) {
            assertFalse(CYRILLIC.matcher(queue.name() + w.scriptOf(queue)).find(), queue.name());
        }
    }
}
