package app.obzvon.cli;

import app.obzvon.logs.Logs;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code obzvon backup} and {@code obzvon restore}: the same service as the Team menu, one line each, logged beside the base. */
class BackupCommandTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @AfterEach
    void stopLogging() {
        Logs.close();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aBackupTakenOnTheCommandLineRestoresTheBaseAsItWas() throws Exception {
        var db = folder.resolve("data").resolve("obzvon.db");
        try (var base = new TestBase(db.getParent())) {
            base.addCompanies("Alpha");
        }
        assertEquals(0, run("backup", "--db", db.toString(), "--as", "Анна"), err.toString());
        var line = out.toString().strip();
        assertTrue(line.matches("backed up to .*obzvon-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.db \\(\\d+ bytes\\)"), line);
        var backup = Path.of(line.substring("backed up to ".length(), line.indexOf(" (")));

        try (var base = TestBase.open(db, TestBase.mondayMorning())) {
            base.database().inTransaction(tx -> base.contacts().addAll(tx, java.util.List.of(TestBase.company("Bravo",
                    app.obzvon.contact.CompanySize.SMALL))));
        }
        assertEquals(0, run("restore", "--db", db.toString(), "--as", "Анна", backup.toString()), err.toString());
        assertTrue(out.toString().startsWith("restored " + backup + "; the base as it was is "), out.toString());
        try (var base = TestBase.open(db, TestBase.mondayMorning())) {
            assertEquals(1, base.database().dsl().fetchCount(CONTACTS));
        }

        var log = Files.readString(db.getParent().resolve("logs").resolve(Logs.FILE_NAME));
        assertTrue(log.contains("signed in as Анна"), log);
    }

    @Test
    void aFileThatIsNoBaseIsRefusedInOneLineOnStandardErrorAndLoggedWithItsStackTrace() throws Exception {
        var db = folder.resolve("obzvon.db");
        new TestBase(folder).close();
        var garbage = Files.writeString(folder.resolve("notes.db"), "not a base, just some notes about the week");
        assertEquals(1, run("restore", "--db", db.toString(), "--as", "Анна", garbage.toString()));
        assertEquals("obzvon restore: " + garbage + " is not an Obzvon base; nothing was changed", err.toString().strip());
        assertEquals("", out.toString());
        var log = Files.readString(folder.resolve("logs").resolve(Logs.FILE_NAME));
        assertTrue(log.contains("obzvon restore failed") && log.contains("at app.obzvon.cli.RestoreCommand.call"), log);
    }
}
