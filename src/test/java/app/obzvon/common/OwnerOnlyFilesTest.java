package app.obzvon.common;

import app.obzvon.audit.AuditFilter;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What is exported from the base (leads, the audit log, any saved file) is written for its owner only. */
class OwnerOnlyFilesTest {

    @TempDir
    Path folder;

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void exportedFilesAreTheOwnersOnly() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "POSIX permissions");
        try (var base = new TestBase(folder.resolve("data"))) {
            base.addCompanies("Alpha");
            var queue = base.queue(QueueFilter.any());
            base.log(base.next(queue), queue, "qualified_lead");
            var leads = folder.resolve("leads.xlsx");
            base.services.leadExporter().export(LeadCriteria.newLeads(), ExportFormat.XLSX, null,
                    LeadTexts.of(Locale.ENGLISH, code -> code), leads);
            var audit = folder.resolve("audit.xlsx");
            base.services.auditLog().save(AuditFilter.ALL, audit, TestBase.ZONE, key -> key);
            var saved = folder.resolve("saved.csv");
            FileSaves.save(saved, out -> out.write("a;b\n".getBytes()));

            assertEquals("rw-------", mode(leads));
            assertEquals("rw-------", mode(audit));
            assertEquals("rw-------", mode(saved));
        }
    }

    @Test
    void aNewDataFolderIsTheOwnersOnlyAndAnExistingOneIsLeftAsItIs() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "POSIX permissions");
        var shared = Files.createDirectory(folder.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        OwnerOnly.folder(shared);
        assertEquals("rwxr-xr-x", mode(shared));
        var made = OwnerOnly.folder(shared.resolve("a").resolve("b"));
        assertEquals("rwx------", mode(made));
        assertEquals("rwx------", mode(made.getParent()));
    }
}
