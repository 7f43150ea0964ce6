package app.obzvon.importing;

import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.PhoneClosed;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The do-not-call list is a list of numbers: a "do not call" puts the number on it, and imports drop it. */
class DoNotCallTest {

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

    private ImportResult load(String csv) throws Exception {
        var file = Files.writeString(folder.resolve("again.csv"), csv);
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        return importer.importFile(file, options, importer.preview(file, options).mapping(), QueueTarget.none(),
                Progress.NONE);
    }

    @Test
    void aReimportedRowKeepsOnlyItsNumbersThatMayBeCalled() throws Exception {
        load("Компания;Телефон\nООО Альфа;+7 495 123-45-67\n");
        var queue = base.queue(QueueFilter.any());
        base.log(base.next(queue), queue, "do_not_call");

        var again = load("Компания;Телефон\nООО Альфа-Сервис;+7 495 123-45-67, +7 916 765-43-21\n"
                + "ООО Альфа-2;8 (495) 123-45-67\n");

        var s = again.summary();
        assertEquals(1, s.toImport());
        assertEquals(2, s.doNotCallDropped());
        assertEquals(1, s.count(RejectReason.DO_NOT_CALL), "a row with no number left is left out");
        // By its name: on a server, an import's ids come from the table's counter a block at a time.
        long addedId = base.services.database().dsl().select(app.obzvon.persistence.jooq.Tables.CONTACTS.ID)
                .from(app.obzvon.persistence.jooq.Tables.CONTACTS)
                .where(app.obzvon.persistence.jooq.Tables.CONTACTS.COMPANY.eq("ООО Альфа-Сервис")).fetchSingle().value1();
        var added = base.inTx(tx -> base.services.contacts().find(tx, addedId)).orElseThrow();
        assertEquals("ООО Альфа-Сервис", added.company());
        assertEquals(List.of("+79167654321"), added.phones().stream().map(ContactPhone::e164).toList(),
                "the first number Ctrl+D dials is one that may be called");
    }

    @Test
    void aDoNotCallClosesTheNumberWhereverTheBaseHasIt() throws Exception {
        load("Компания;Телефон\nООО Альфа;+7 495 123-45-67\nООО Бета;+7 916 765-43-21, +7 495 123-45-67\n");
        var queue = base.queue(QueueFilter.any());
        base.log(base.next(queue), queue, "do_not_call");

        var beta = base.inTx(tx -> base.services.contacts().find(tx, 2)).orElseThrow();
        assertEquals(java.util.Arrays.asList(null, PhoneClosed.DO_NOT_CALL),
                beta.phones().stream().map(ContactPhone::closed).toList());
    }
}
