package app.obzvon.cli;

import app.obzvon.logs.Logs;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerBases;
import app.obzvon.testing.ServerTeam;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line on a team's base on a server: {@code --db postgresql://…}; backup and restore are the server's. */
@PostgresTest
class ServerCommandTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void thisPc() {
        // This PC's base, beside which a command on a server logs: the test's folder, not the person's.
        DatabaseOption.thisPcBase = () -> folder.resolve("obzvon.db");
    }

    @AfterEach
    void back() {
        DatabaseOption.thisPcBase = () -> app.obzvon.DatabaseLocation.localFileForThisMachine(java.util.List.of());
        Logs.close();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void importLoadsIntoTheServersBase(@PostgresTest.Fresh PostgresDatabase database) throws Exception {
        ServerTeam.seed(database, TestBase.mondayMorning(), "Вера", "Alpha");
        var csv = Files.writeString(folder.resolve("night.csv"), "Company;Phone\nBravo LLC;+7 495 765-43-21\n");
        var address = ServerBases.address(database);

        assertEquals(0, run("import", "--db", "postgresql://" + address.user() + "@" + address.host() + ":"
                + address.port() + "/" + address.database(), "--as", "Вера", csv.toString()), err.toString());

        assertEquals("read 1, imported 1, duplicates 0 (in the file 0, in the base 0), rejected 0, "
                + "do-not-call numbers dropped 0", out.toString().strip());
        try (var services = ServerTeam.open(address, TestBase.mondayMorning())) {
            var dsl = services.database().dsl();
            assertEquals(2, dsl.fetchCount(CONTACTS));
            assertEquals(1, dsl.fetchCount(CONTACTS, CONTACTS.COMPANY.eq("Bravo LLC")));
        }
        assertTrue(Files.readString(folder.resolve("logs").resolve(Logs.FILE_NAME)).contains("signed in as Вера"),
                "logged where this PC's base keeps its log");
    }

    @Test
    void aBaseTheServerDoesNotHaveIsOneLine() {
        assertEquals(1, run("import", "--db", "postgresql://postgres@127.0.0.1:5432/no_such_base_here", "--as", "Вера",
                folder.resolve("x.csv").toString()));
        assertEquals("obzvon import: the server 127.0.0.1:5432 has no base named no_such_base_here",
                err.toString().strip());
    }

    @Test
    void backupAndRestoreOnAServerSayItIsTheServersAdministratorsAndTouchNothing() {
        var server = "postgresql://anna@db.office.invalid/team";

        assertEquals(1, run("backup", "--db", server, "--as", "Вера"));
        assertEquals("obzvon backup: the base is on a server (db.office.invalid/team): the server's administrator "
                + "backs it up there (pg_dump); nothing was done", err.toString().strip());

        assertEquals(1, run("restore", "--db", server, "--as", "Вера", folder.resolve("a.db").toString()));
        assertEquals("obzvon restore: the base is on a server (db.office.invalid/team): the server's administrator "
                + "restores it there (pg_restore); nothing was done", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void aPasswordInTheAddressIsRefusedBeforeAnythingIsTried() {
        assertEquals(1, run("import", "--db", "postgresql://anna:secret@db.office.invalid/team", "--as", "Вера",
                folder.resolve("x.csv").toString()));
        assertTrue(err.toString().startsWith("obzvon import: no password in the address, please"), err.toString());
    }
}
