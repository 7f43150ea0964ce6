package app.obzvon.donotcall;

import app.obzvon.common.Tx;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file of numbers loaded onto the list: what it holds, and all of it or nothing. */
class DoNotCallFileTest extends DoNotCallFixture {

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
        var real = new app.obzvon.persistence.JooqDoNotCallRepository();
        var failing = new FailingAfter(real, 2);
        var broken = new DoNotCallList(base.services.database(), failing, base.services.access(),
                new app.obzvon.audit.Audit(new app.obzvon.persistence.JooqAuditRepository(), base.services.access(),
                        base.clock), base.clock);

        assertThrows(RuntimeException.class, () -> broken.importFile(file));

        assertEquals(0, list.list("").total());
        assertEquals(Arrays.asList(null, null), closed(1));
        assertFalse(contact(2).state().doNotCall());
        assertEquals(0, audited("dnc-imported"));
    }

    /** A repository that fails on its nth number added, as a full disk would halfway through a file. */
    record FailingAfter(DoNotCallRepository real, int allowed, int[] added) implements DoNotCallRepository {

        FailingAfter(DoNotCallRepository real, int allowed) {
            this(real, allowed, new int[1]);
        }

        @Override
        public List<ListedNumber> find(Tx tx, List<String> prefixes, int limit) {
            return real.find(tx, prefixes, limit);
        }

        @Override
        public int count(Tx tx, List<String> prefixes) {
            return real.count(tx, prefixes);
        }

        @Override
        public boolean add(Tx tx, String e164, Source source, long personId, java.time.Instant at) {
            if (++added[0] > allowed) {
                throw new IllegalStateException("disk full");
            }
            return real.add(tx, e164, source, personId, at);
        }

        @Override
        public boolean remove(Tx tx, String e164) {
            return real.remove(tx, e164);
        }

        @Override
        public Closing closeEverywhere(Tx tx, String e164) {
            return real.closeEverywhere(tx, e164);
        }

        @Override
        public Closing reopenEverywhere(Tx tx, String e164) {
            return real.reopenEverywhere(tx, e164);
        }
    }
}
