package app.obzvon.backup;

import app.obzvon.Services;
import app.obzvon.access.AccessDeniedException;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Backups on a real base: the daily one, "Back up now", and a restore under another open window. */
class BackupsTest {

    @TempDir
    Path folder;
    TestBase base;
    Path data;
    Path backups;

    @BeforeEach
    void open() {
        data = folder.resolve("data");
        base = new TestBase(data);
        base.addCompanies("Alpha", "Bravo");
        backups = data.resolve("backups");
    }

    @AfterEach
    void close() {
        base.close();
    }

    Backups backups() {
        return base.services.backups();
    }

    int companies(Services services) {
        return services.database().dsl().fetchCount(CONTACTS);
    }

    @Test
    void theDailyBackupIsTakenOnceADayAndTheLastSevenAreKept() {
        var first = backups().daily().orElseThrow();
        assertEquals(backups.resolve("obzvon-2026-11-23.db"), first.file());
        assertTrue(backups().daily().isEmpty(), "a second start the same day takes none");
        for (int day = 1; day <= 9; day++) {
            base.clock.advance(Duration.ofDays(1));
            backups().daily().orElseThrow();
        }
        var names = backups().list().stream().map(Backup::name).toList();
        assertEquals(List.of("obzvon-2026-12-02.db", "obzvon-2026-12-01.db", "obzvon-2026-11-30.db",
                "obzvon-2026-11-29.db", "obzvon-2026-11-28.db", "obzvon-2026-11-27.db", "obzvon-2026-11-26.db"), names);
    }

    @Test
    void backUpNowIsNamedByTheMomentAuditedAndASupervisorsOnly() {
        var made = backups().backUpNow();
        assertEquals("obzvon-2026-11-23-100000.db", made.name());
        assertEquals(Backup.Kind.MANUAL, backups().list().get(0).kind());
        assertTrue(made.size() > 0);
        var audited = base.services.auditLog().find(AuditFilter.ALL).get(0);
        assertEquals(AuditAction.BACKUP_MADE, audited.action());
        assertEquals(made.name(), audited.subject());

        base.addCaller("Борис", "1357");
        base.services.signIn().signIn(base.services.signIn().door().people().stream()
                .filter(p -> p.name().equals("Борис")).findFirst().orElseThrow().id(), "1357");
        assertThrows(AccessDeniedException.class, () -> backups().backUpNow());
        assertThrows(AccessDeniedException.class, () -> backups().restore(made.file()));
    }

    @Test
    void aRestoreUnderAnotherOpenWindowLeavesItTheRestoredBaseAndLosesNothingAfter() throws Exception {
        var queue = base.queue(QueueFilter.any());
        var backup = backups().backUpNow();
        base.addCompanies("Charlie");
        var other = TestBase.open(base.file, base.clock);
        try {
            other.signIn().signIn(base.supervisor.id(), TestBase.PIN);
            assertEquals(3, companies(other));

            var before = backups().restore(backup.file());

            assertEquals(2, companies(base.services), "this window sees the backup");
            assertEquals(2, companies(other), "so does the other window, at its next step");
            assertEquals(Backup.Kind.BEFORE_RESTORE, before.kind());
            assertEquals("obzvon-before-restore-2026-11-23-100000.db", before.name());
            try (var kept = TestBase.open(before.file(), base.clock)) {
                assertEquals(3, companies(kept), "the base as it was is kept");
            }
            var audited = base.services.auditLog().find(AuditFilter.ALL).get(0);
            assertEquals(AuditAction.BACKUP_RESTORED, audited.action());

            // The other window goes on working on the restored base: what it logs now stays.
            var shown = other.callingSession().open(queue).contact();
            other.callingSession().log(shown.id(), base.outcome("busy"), CallDetails.none(), base.clock.instant());
        } finally {
            other.close();
        }
        base.restart();
        assertEquals(1, base.services.database().dsl().fetchCount(CALLS));
        assertEquals(2, companies(base.services));
        assertEquals("wal", base.services.database().dsl().fetchValue("PRAGMA journal_mode"));
    }

    @Test
    void aDamagedFileOrOneThatIsNoBaseIsRefusedAndChangesNothing() throws Exception {
        var garbage = Files.writeString(folder.resolve("garbage.db"), "this is not a database at all, not even close");
        var refused = assertThrows(BackupException.class, () -> backups().restore(garbage));
        assertEquals(BackupException.Reason.NOT_A_BASE, refused.reason());

        var backup = backups().backUpNow().file();
        var damaged = folder.resolve("damaged.db");
        var bytes = Files.readAllBytes(backup);
        // Page 2 onwards overwritten: the header still says SQLite, the tables do not hold together.
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);
        var broken = assertThrows(BackupException.class, () -> backups().restore(damaged));
        assertTrue(broken.reason() == BackupException.Reason.DAMAGED || broken.reason() == BackupException.Reason.NOT_A_BASE,
                broken.reason().toString());

        assertEquals(2, companies(base.services));
        assertFalse(backups().list().stream().anyMatch(b -> b.kind() == Backup.Kind.BEFORE_RESTORE),
                "nothing was replaced, so nothing was kept");
        var missing = assertThrows(BackupException.class, () -> backups().restore(folder.resolve("none.db")));
        assertEquals(BackupException.Reason.NOT_FOUND, missing.reason());
    }

    @Test
    void theDataFolderTheBaseAndItsBackupsAreTheOwnersOnly() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "POSIX permissions");
        backups().daily();
        backups().backUpNow();
        assertEquals("rwx------", mode(data));
        assertEquals("rwx------", mode(backups));
        for (var file : List.of(base.file, Path.of(base.file + "-wal"), Path.of(base.file + "-shm"))) {
            assertEquals("rw-------", mode(file), file.toString());
        }
        for (var backup : backups().list()) {
            assertEquals("rw-------", mode(backup.file()), backup.name());
        }
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
