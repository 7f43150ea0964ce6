package app.obzvon.persistence;

import app.obzvon.Services;
import app.obzvon.common.Errors;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.BrokenBases;
import app.obzvon.testing.TestBase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;

import static app.obzvon.persistence.jooq.Tables.CALLS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** SQLite's errors, met on real files, become the fault a person can act on; none shows SQL. */
class DatabaseFaultTest {

    @TempDir
    Path folder;

    /** A closed base with one supervisor, a queue and two companies. */
    Path closedBase() {
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha", "Bravo");
            base.queue(QueueFilter.any());
            return base.file;
        }
    }

    @Test
    void aBaseOpenedReadOnlyCanBeLookedAtAndRefusesChangesAsReadOnly() {
        var file = closedBase();
        try (var services = TestBase.open(file, TestBase.mondayMorning()); var readOnly = Services.open(file,
                TestBase.mondayMorning(), TestBase.QUICK_HASH, OpenMode.READ_ONLY)) {
            services.close();
            assertTrue(readOnly.signIn().door().readOnly());
            readOnly.signIn().signIn(1, TestBase.PIN);
            var start = readOnly.callingSession().start();
            assertEquals("Alpha", start.first().contact().company(), "looking works");

            var refused = assertThrows(DatabaseFault.class, () -> readOnly.callingSession().setDailyTarget(50));
            assertEquals(DatabaseFault.Kind.READ_ONLY, refused.kind(), "SQLite's own SQLITE_READONLY, translated");
            assertFalse(refused.getMessage().toLowerCase().contains("update"), refused.getMessage());
        }
    }

    /**
     * The same read-only base from the file's permissions. Root writes whatever the permissions say,
     * and CI runs as root: there this test is skipped, and the one above (SQLite's read-only open
     * mode) is the one that holds.
     */
    @Test
    void aFileWeMayNotWriteOpensReadOnly() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file");
        var file = closedBase();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (var services = TestBase.open(file, TestBase.mondayMorning())) {
            assertTrue(services.signIn().door().readOnly());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anotherProgramHoldingTheWriteLockPastTheTimeoutIsABusyBase() throws Exception {
        var file = closedBase();
        try (var services = TestBase.open(file, TestBase.mondayMorning())) {
            services.signIn().signIn(1, TestBase.PIN);
            // Ten seconds in the app; a moment here.
            services.database().dsl().execute("PRAGMA busy_timeout = 100");
            var other = BrokenBases.holdWriteLock(file);

            var busy = assertThrows(DatabaseFault.class, () -> services.callingSession().start());

            assertEquals(DatabaseFault.Kind.BUSY, busy.kind());
            other.rollback();
            other.close();
            assertEquals("Alpha", services.callingSession().start().first().contact().company(),
                    "once the other program lets go, the same step works");
        }
    }

    @Test
    void aFullDiskWritesNothingAndTheSameStepWorksOnceThereIsRoom() throws Exception {
        var file = closedBase();
        try (var services = TestBase.open(file, TestBase.mondayMorning())) {
            services.signIn().signIn(1, TestBase.PIN);
            var session = services.callingSession();
            var alpha = session.start().first().contact();
            var dsl = services.database().dsl();
            // A real SQLITE_FULL: the base may not grow by a single page.
            int pages = dsl.fetchOne("PRAGMA page_count").get(0, Integer.class);
            dsl.execute("PRAGMA max_page_count = " + pages);
            var before = services.database().inTransaction(tx -> services.contacts().find(tx, alpha.id()))
                    .orElseThrow();

            var full = assertThrows(DatabaseFault.class, () -> loggedWithBigNote(services, alpha.id()));

            assertEquals(DatabaseFault.Kind.DISK_FULL, full.kind());
            assertEquals(0, dsl.fetchCount(CALLS), "no call half-written");
            assertEquals(before, services.database().inTransaction(tx -> services.contacts().find(tx, alpha.id()))
                    .orElseThrow(), "the contact as it was");
            dsl.execute("PRAGMA max_page_count = 1073741823");
            loggedWithBigNote(services, alpha.id());
            assertEquals(1, dsl.fetchCount(CALLS), "committed once there is room: no transaction left open");
        }
    }

    private static void loggedWithBigNote(Services services, long contactId) {
        var session = services.callingSession();
        var outcome = services.database().inTransaction(tx -> services.outcomes().active(tx)).stream()
                .filter(o -> o.code().equals("no_answer")).findFirst().orElseThrow();
        // A note of several pages: the insert needs new pages whatever room the last page had.
        session.log(contactId, outcome, app.obzvon.call.CallDetails.none().withNote("x".repeat(40_000)),
                TestBase.MORNING);
    }

    @Test
    void aDamagedSchemaIsADamagedBaseAndTheNewestBackupIsNamed() throws Exception {
        var file = closedBase();
        var backups = Files.createDirectories(folder.resolve("backups"));
        for (var name : new String[]{"obzvon-2026-11-20.db", "obzvon-2026-11-21.db", "obzvon-2026-11-21-153000.db",
                "obzvon-2026-11-21-090000.db", "other-2026-12-01.db", "obzvon-2026-12-01.db.part"}) {
            Files.copy(file, backups.resolve(name));
        }
        BrokenBases.damageSchema(file);

        var damaged = assertThrows(DatabaseFault.class, () -> TestBase.open(file, TestBase.mondayMorning()));

        assertEquals(DatabaseFault.Kind.CORRUPT, damaged.kind());
        assertEquals(backups.resolve("obzvon-2026-11-21-153000.db").toAbsolutePath(), damaged.backup());
        assertTrue(damaged.getMessage().contains("obzvon-2026-11-21-153000.db"), damaged.getMessage());
    }

    @Test
    void aDamagedTableMetLaterIsADamagedBaseToo() throws Exception {
        var file = closedBase();
        BrokenBases.damageTable(file, "contacts");
        try (var services = TestBase.open(file, TestBase.mondayMorning())) {
            services.signIn().signIn(1, TestBase.PIN);

            var damaged = assertThrows(DatabaseFault.class, () -> services.callingSession().start());

            assertEquals(DatabaseFault.Kind.CORRUPT, damaged.kind());
            assertEquals(null, damaged.backup(), "no backups folder");
            assertTrue(damaged.getMessage().contains("No backup was found in " + folder.resolve("backups")),
                    damaged.getMessage());
        }
    }

    @Test
    void aBaseFromANewerObzvonIsNotOpenedNorTouched() throws Exception {
        var file = closedBase();
        BrokenBases.fromANewerObzvon(file, Migrations.LATEST + 1);
        var bytes = Files.readAllBytes(file);

        var newer = assertThrows(DatabaseFault.class, () -> TestBase.open(file, TestBase.mondayMorning()));

        assertEquals(DatabaseFault.Kind.NEWER_VERSION, newer.kind());
        assertEquals(Migrations.LATEST + 1, newer.baseVersion());
        assertEquals(Migrations.LATEST, newer.knownVersion());
        assertArrayEquals(bytes, Files.readAllBytes(file), "not migrated, not written");
    }

    @Test
    void aMissingBaseIsCreatedOnlyWhenAsked() {
        var file = folder.resolve("typo").resolve("obzvn.db");

        var missing = assertThrows(DatabaseFault.class, () -> Database.open(file, OpenMode.EXISTING));

        assertEquals(DatabaseFault.Kind.MISSING, missing.kind());
        assertFalse(Files.exists(file.getParent()), "not even its folder");
        Database.open(file, OpenMode.CREATE).close();
        assertTrue(Files.exists(file));
    }

    @Test
    void noMessageShowsTheStatement() {
        var jooq = new DataAccessException("SQL [insert into calls (contact_id, note) values (?, ?)]; "
                + "[SQLITE_CONSTRAINT] Abort due to constraint violation (FOREIGN KEY constraint failed)",
                new SQLException("[SQLITE_CONSTRAINT] Abort due to constraint violation (FOREIGN KEY constraint failed)"));
        var alone = new IllegalStateException("SQL [insert into calls (contact_id) values (?)]; the disk said no");

        assertEquals("[SQLITE_CONSTRAINT] Abort due to constraint violation (FOREIGN KEY constraint failed)",
                Errors.message(jooq));
        assertEquals("the disk said no", Errors.message(alone));
    }
}
