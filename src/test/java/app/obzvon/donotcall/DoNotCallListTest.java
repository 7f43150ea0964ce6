package app.obzvon.donotcall;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.NewContact;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.RejectReason;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's do-not-call list: adding closes the number wherever the base has it, removing opens what it closed. */
class DoNotCallListTest {

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
        base.services.contacts().addAll(List.of(
                company("Alpha", X, "+7 916 765-43-21"),
                company("Bravo", X),
                company("Charlie", "+7 (383) 222-33-44")));
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
        return base.services.contacts().find(id).orElseThrow();
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
        for (var next = base.services.dispenser().next(queue, base.supervisor.id()); next.isPresent();
             next = base.services.dispenser().next(queue, base.supervisor.id())) {
            names.add(next.get().company());
            base.log(next.get(), queue, "qualified_lead");
        }
        return names;
    }

    @Test
    void addingANumberClosesItInEveryCompanyAndTheLastNumberClosesTheCompany() {
        var change = list.add("8 (495) 123-45-67");

        assertTrue(change.changed());
        assertEquals(X_E164, change.e164());
        assertEquals("+7 495 123-45-67", change.shown());
        assertEquals(new Closing(2, 1), change.base(), "two numbers closed, Bravo had no other");
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null), closed(1));
        assertEquals(List.of(PhoneClosed.DO_NOT_CALL), closed(2));
        assertFalse(contact(1).state().doNotCall(), "Alpha is still callable on its mobile");
        assertTrue(contact(2).state().doNotCall(), "Bravo closes with its last number");
        assertEquals(List.of("Alpha", "Charlie"), dispensed());
        assertEquals(1, audited("dnc-added"));
    }

    @Test
    void aNumberListedAlreadyChangesNothing() {
        list.add(X);
        var again = list.add("+7 (495) 1234567");

        assertFalse(again.changed());
        assertEquals(1, list.list("").total());
        assertEquals(1, audited("dnc-added"));
    }

    @Test
    void somethingThatIsNotANumberChangesNothing() {
        for (var written : List.of("12345", "позвоните завтра", "", "+7 000 000-00-00")) {
            var refused = assertThrows(NotANumberException.class, () -> list.add(written), written);
            assertEquals("dnc.error.not.a.number", refused.key());
        }
        assertEquals(0, list.list(null).total());
        assertEquals(Arrays.asList(null, null), closed(1));
        assertEquals(0, audited("dnc-added"));
    }

    @Test
    void theListShowsWhoAddedWhatNewestFirstAndHowManyCompaniesHaveIt() {
        list.add(X);
        base.clock.advance(java.time.Duration.ofMinutes(5));
        list.add("+7 916 111-22-33");

        var listing = list.list("");
        assertEquals(2, listing.total());
        var newest = listing.rows().get(0);
        assertEquals("+79161112233", newest.e164());
        assertEquals(0, newest.companies());
        var first = listing.rows().get(1);
        assertEquals(X_E164, first.e164());
        assertEquals(2, first.companies());
        assertEquals("Анна", first.addedBy());
        assertEquals(Source.SUPERVISOR, first.source());
        assertEquals(TestBase.MORNING, first.addedAt());

        assertEquals(List.of(X_E164), list.list("8 495").rows().stream().map(ListedNumber::e164).toList());
        assertEquals(List.of(X_E164), list.list("+7 (495) 12").rows().stream().map(ListedNumber::e164).toList());
        assertEquals(List.of("+79161112233"), list.list("916").rows().stream().map(ListedNumber::e164).toList());
        assertEquals(0, list.list("4567").total(), "digits are matched from the start of the number");
    }

    @Test
    void aCallersDoNotCallIsOnTheListWithTheCallersName() {
        var caller = base.addCaller("Борис", "1357");
        var bravo = contact(2);
        base.services.callLogger().log(bravo.id(), queue, caller.id(), base.outcome("do_not_call"),
                app.obzvon.call.CallDetails.none(), base.clock.instant());

        var row = list.list("").rows().get(0);
        assertEquals(Source.CALL, row.source());
        assertEquals("Борис", row.addedBy());
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null), closed(1), "closed in Alpha too");
    }

    @Test
    void removingANumberOpensOnlyWhatTheListClosed() {
        // Echo's second number is a wrong number (a call said so); Delta's own call said "do not call".
        base.services.contacts().addAll(List.of(company("Delta", "+7 812 333-44-55"),
                company("Echo", "+7 812 444-55-66", X)));
        var echo = contact(5);
        base.log(echo, queue, "wrong_number", app.obzvon.call.CallDetails.none().withPhone(echo.phones().get(1).id()));
        base.log(contact(4), queue, "do_not_call");
        assertTrue(contact(4).state().doNotCall());
        list.add(X);
        assertTrue(contact(2).state().doNotCall());

        var removed = list.remove(X_E164);
        assertTrue(removed.changed());
        assertEquals(new Closing(2, 1), removed.base(), "Alpha's and Bravo's numbers, and Bravo");
        assertEquals(Arrays.asList(null, null), closed(1));
        assertEquals(Arrays.asList((PhoneClosed) null), closed(2));
        assertFalse(contact(2).state().doNotCall(), "Bravo is callable again");
        assertEquals(Arrays.asList(null, PhoneClosed.WRONG_NUMBER), closed(5), "a wrong number stays closed");

        var delta = list.remove("+78123334455");
        assertTrue(delta.changed());
        assertTrue(contact(4).state().doNotCall(), "Delta's own call said do not call: it stays closed");
        assertFalse(list.remove(X_E164).changed(), "not on the list any more");
        assertEquals(2, audited("dnc-removed"));
        assertEquals(0, list.list("").total());
    }

    @Test
    void anUndoneDoNotCallOpensTheNumberEverywhereAgain() {
        var bravo = contact(2);
        var logged = base.log(bravo, queue, "do_not_call");
        assertEquals(Arrays.asList(PhoneClosed.DO_NOT_CALL, null), closed(1));

        assertEquals(app.obzvon.call.Undo.UNDONE, base.services.callLogger().undo(logged.id(), base.supervisor.id()));
        assertEquals(Arrays.asList(null, null), closed(1));
        assertEquals(0, list.list("").total());
        assertFalse(contact(2).state().doNotCall());
    }

    @Test
    void aBaseLoadedAfterAddingStillDropsTheNumber() throws Exception {
        list.add("8 916 555-66-77");
        var file = Files.writeString(folder.resolve("base.csv"),
                "Компания;Телефон\nООО Новая;+7 916 555-66-77\nООО Вторая;+7 916 555-66-78, 89165556677\n");
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        var summary = importer.importFile(file, options, importer.preview(file, options).mapping(),
                QueueTarget.none(), Progress.NONE).summary();

        assertEquals(1, summary.count(RejectReason.DO_NOT_CALL));
        assertEquals(2, summary.doNotCallDropped());
        assertEquals(1, summary.toImport());
    }

    @Test
    void aFileOfNumbersIsLoadedAndCounted() throws Exception {
        list.add("+7 916 111-22-33");
        var file = Files.writeString(folder.resolve("stop.csv"), "Имя;Номер;Заметка\n"
                + "Иван;8 (495) 123-45-67;+7 916 000-00-01\n"
                + "Пётр;позвонить;\n"
                + "Анна;+7 916 111-22-33;\n"
                + "Ольга;+74951234567;\n"
                + ";;\n"
                + "Борис;+7 383 222-33-44;\n");

        var loaded = list.importFile(file);

        assertEquals(new ListImported("stop.csv", 5, 2, 1, 1, 1, new Closing(3, 2)), loaded,
                "the note's number is ignored: only the column named Номер counts");
        assertTrue(contact(2).state().doNotCall());
        assertTrue(contact(3).state().doNotCall());
        assertEquals(3, list.list(null).total());
        assertEquals(Source.IMPORT, list.list("383").rows().get(0).source());
        assertEquals(1, audited("dnc-imported"));
        var row = base.services.database().dsl().selectFrom(AUDIT).where(AUDIT.ACTION.eq("dnc-imported")).fetchSingle();
        assertEquals("stop.csv", row.getSubject());
        assertEquals(2, row.getCount());
    }

    @Test
    void aFileWithOneNumberALineNeedsNoHeader() throws Exception {
        var file = Files.writeString(folder.resolve("stop.txt"), "8 (495) 123-45-67\n\n+7 916 555-66-77\nабв\n");

        var loaded = list.importFile(file);

        assertEquals(3, loaded.rows());
        assertEquals(2, loaded.added());
        assertEquals(1, loaded.withoutNumber());
    }

    @Test
    void aSpreadsheetWithAPhoneColumnIsReadToo() throws Exception {
        var file = folder.resolve("stop.xlsx");
        try (var out = Files.newOutputStream(file)) {
            var workbook = new org.dhatim.fastexcel.Workbook(out, "Obzvon", "1.0");
            var sheet = workbook.newWorksheet("Лист1");
            sheet.value(0, 0, "Компания");
            sheet.value(0, 1, "Телефон");
            sheet.value(1, 0, "ООО Альфа");
            sheet.value(1, 1, 74951234567L);
            sheet.value(2, 0, "ООО Бета");
            sheet.value(2, 1, "8 383 222-33-44");
            workbook.finish();
        }

        var loaded = list.importFile(file);

        assertEquals(2, loaded.added());
        assertTrue(contact(3).state().doNotCall());
    }

    @Test
    void aFileIsLoadedWholeOrNotAtAll() throws Exception {
        var file = Files.writeString(folder.resolve("stop.txt"), "+7 495 123-45-67\n+7 383 222-33-44\n+7 916 555-66-77\n");
        var real = new app.obzvon.persistence.JooqDoNotCallRepository(base.services.database().dsl());
        var failing = new FailingAfter(real, 2);
        var broken = new DoNotCallList(base.services.database(), failing, base.services.access(),
                new app.obzvon.audit.Audit(new app.obzvon.persistence.JooqAuditRepository(
                        base.services.database().dsl()), base.services.access(), base.clock), base.clock);

        assertThrows(RuntimeException.class, () -> broken.importFile(file));

        assertEquals(0, list.list("").total());
        assertEquals(Arrays.asList(null, null), closed(1));
        assertFalse(contact(2).state().doNotCall());
        assertEquals(0, audited("dnc-imported"));
    }

    @Test
    void typedDigitsStandForTheirUsualBeginnings() {
        assertEquals(List.of(), DoNotCallList.prefixes(" - "));
        assertEquals(List.of("+8916", "+7916", "+78916"), DoNotCallList.prefixes("8 916"));
        assertEquals(List.of("+7916", "+77916"), DoNotCallList.prefixes("+7 916"));
    }

    /** A repository that fails on its nth number added, as a full disk would halfway through a file. */
    record FailingAfter(DoNotCallRepository real, int allowed, int[] added) implements DoNotCallRepository {

        FailingAfter(DoNotCallRepository real, int allowed) {
            this(real, allowed, new int[1]);
        }

        @Override
        public List<ListedNumber> find(List<String> prefixes, int limit) {
            return real.find(prefixes, limit);
        }

        @Override
        public int count(List<String> prefixes) {
            return real.count(prefixes);
        }

        @Override
        public boolean add(String e164, Source source, long personId, java.time.Instant at) {
            if (++added[0] > allowed) {
                throw new IllegalStateException("disk full");
            }
            return real.add(e164, source, personId, at);
        }

        @Override
        public boolean remove(String e164) {
            return real.remove(e164);
        }

        @Override
        public Closing closeEverywhere(String e164) {
            return real.closeEverywhere(e164);
        }

        @Override
        public Closing reopenEverywhere(String e164) {
            return real.reopenEverywhere(e164);
        }
    }
}
