package app.obzvon.cli;

import app.obzvon.testing.BrokenBases;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A nightly script on a base that is not there, or is too new: one line that says so, exit 1, nothing written. */
class BaseFaultsCommandTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ObzvonCommand.run(() -> TestBase.PIN, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aMistypedDbPathIsRefusedUnlessCreateIsGiven() {
        var typo = folder.resolve("obzvn.db");

        int code = run("export", "--as", "Анна", "--db", typo.toString(), "--out", folder.resolve("l.csv").toString());

        assertEquals(1, code);
        assertEquals("obzvon export: there is no base at " + typo.toAbsolutePath()
                + ": check --db and OBZVON_DB, or add --create to make a new, empty base there", err.toString().strip());
        assertFalse(Files.exists(typo), "no empty base left behind");

        run("export", "--as", "Анна", "--db", typo.toString(), "--create", "--out", folder.resolve("l.csv").toString());
        assertTrue(Files.exists(typo), "created when asked (and then nobody can sign in to a new base)");
    }

    @Test
    void aBaseFromANewerObzvonIsRefusedWithBothVersions() throws Exception {
        Path file;
        try (var base = new TestBase(folder)) {
            file = base.file;
        }
        int version = BrokenBases.fromTheNextObzvon(file);
        var bytes = Files.readAllBytes(file);

        int code = run("export", "--as", "Анна", "--db", file.toString(), "--out", folder.resolve("l.csv").toString());

        assertEquals(1, code);
        assertEquals("obzvon export: " + file.toAbsolutePath() + " is from a newer Obzvon: the base is version " + version
                + ", this Obzvon reads up to version " + (version - 1) + ". Open it with a newer Obzvon",
                err.toString().strip());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
    }
}
