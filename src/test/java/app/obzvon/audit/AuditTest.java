package app.obzvon.audit;

import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.importing.CancelledException;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each audited action writes exactly one row, in the transaction of the change: none when nothing changed. */
class AuditTest {

    @TempDir
    Path folder;
    TestBase base;
    Path csv;

    @BeforeEach
    void open() throws Exception {
        base = new TestBase(folder);
        csv = Files.writeString(folder.resolve("base.csv"),
                "Компания;Телефон\nООО Альфа;+7 495 765-43-21\nООО Бета;+7 495 765-43-22\n");
    }

    @AfterEach
    void close() {
        base.close();
    }

    private List<AuditEntry> rows(AuditAction action) {
        return base.services.auditLog().find(new AuditFilter(null, action, null, null));
    }

    private int allRows() {
        return base.services.database().dsl().fetchCount(AUDIT);
    }

    @Test
    void anImportWritesOneRowWithWhoWhatAndHowMany() {
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        importer.importFile(csv, options, importer.preview(csv, options).mapping(), QueueTarget.none(), Progress.NONE);

        var imports = rows(AuditAction.IMPORT);
        assertEquals(1, imports.size());
        assertEquals("base.csv", imports.get(0).subject());
        assertEquals(2, imports.get(0).count());
        assertEquals(base.supervisor.id(), imports.get(0).personId());
        assertEquals(base.clock.instant(), imports.get(0).at());
    }

    @Test
    void aCancelledImportWritesNoRow() {
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        var mapping = importer.preview(csv, options).mapping();
        int before = allRows();
        var cancel = new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThrows(CancelledException.class,
                () -> importer.importFile(csv, options, mapping, QueueTarget.none(), cancel));

        assertEquals(before, allRows());
    }

    @Test
    void anImportWithNothingToImportWritesNoRow() throws Exception {
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        importer.importFile(csv, options, importer.preview(csv, options).mapping(), QueueTarget.none(), Progress.NONE);
        int before = allRows();

        // The same file again: every row is a duplicate in the base.
        importer.importFile(csv, options, importer.preview(csv, options).mapping(), QueueTarget.none(), Progress.NONE);

        assertEquals(before, allRows());
    }

    @Test
    void aHandOverAndItsDownloadAgainWriteOneRowEach() {
        base.addCompanies("Alpha", "Bravo");
        var queue = base.queue(QueueFilter.any());
        base.log(base.next(queue), queue, "qualified_lead");
        var texts = LeadTexts.of(Locale.ENGLISH, code -> code);
        var exporter = base.services.leadExporter();

        var result = exporter.export(LeadCriteria.newLeads(), ExportFormat.CSV, null, texts, folder.resolve("a.csv"));
        exporter.export(LeadCriteria.newLeads(), ExportFormat.CSV, null, texts, folder.resolve("b.csv"));
        exporter.exportAgain(result.batch().id(), ExportFormat.CSV, null, texts, folder.resolve("c.csv"));

        assertEquals(1, rows(AuditAction.HANDOVER).size(), "the second hand-over had nothing to hand over");
        assertEquals(1, rows(AuditAction.HANDOVER).get(0).count());
        assertEquals(1, rows(AuditAction.HANDOVER_AGAIN).size());
    }

    @Test
    void savingTheLogWritesTheFileAndThenOneRowSayingSo() throws Exception {
        int before = allRows();
        var file = folder.resolve("audit.xlsx");

        int saved = base.services.auditLog().save(AuditFilter.ALL, file, TestBase.ZONE, key -> key);

        assertEquals(before, saved, "every row the filter selects");
        assertEquals(true, Files.size(file) > 0);
        assertEquals(1, rows(AuditAction.AUDIT_SAVED).size());
        assertEquals("audit.xlsx", rows(AuditAction.AUDIT_SAVED).get(0).subject());
    }

    @Test
    void aRefusedChangeWritesNoRow() {
        base.addCaller("Борис", "1357");
        base.services.signIn().signIn(2, "1357");
        int before = allRows();

        assertThrows(app.obzvon.access.AccessDeniedException.class,
                () -> base.services.people().rename(1, "Кто-то"));

        assertEquals(before, allRows());
    }
}
