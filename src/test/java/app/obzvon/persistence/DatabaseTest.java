package app.obzvon.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    @Test
    void workThatIsATransactionOnItsOwnJoinsTheOneThatRunsIt() {
        try (var database = Database.open(folder.resolve("obzvon.db"))) {
            var dsl = database.dsl();
            dsl.execute("CREATE TABLE t (x INTEGER)");
            assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
                database.inTransaction(() -> dsl.execute("INSERT INTO t VALUES (1)"));
                throw new IllegalStateException("the step fails after the inner work");
            }));
            assertEquals(0, dsl.fetchCount(dsl.selectFrom("t")));
        }
    }

    @Test
    void theNewestMigrationIsTheOneThatSkipsFlyway() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(newest, Migrations.LATEST, "Migrations.LATEST must name the newest migration");
    }

    /** Flyway's validation would refuse a checksum changed since; a current base does not pay for it. */
    @Test
    void aCurrentBaseOpensWithoutFlywayValidatingItsMigrations() throws Exception {
        var file = folder.resolve("obzvon.db");
        Database.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(Migrations.LATEST, Migrations.appliedVersion(c));
            c.createStatement().execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
        }
        Database.open(file).close();
    }

    /** A commit never copies the WAL back itself (that is the caller's wait); the background does, once quiet. */
    @Test
    void theWalIsCheckpointedInTheBackgroundNotInACommit() throws Exception {
        var file = folder.resolve("obzvon.db");
        try (var database = Database.open(file)) {
            long before = Files.size(file);
            // Far more than the thousand pages at which SQLite would checkpoint inside the commit.
            database.inTransaction(() -> {
                database.dsl().execute("CREATE TABLE big (b BLOB)");
                for (int i = 0; i < 2_000; i++) {
                    database.dsl().execute("INSERT INTO big VALUES (randomblob(4000))");
                }
                return null;
            });
            assertEquals(before, Files.size(file), "the commit copied pages into the base");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (Files.size(file) < 8_000_000 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.size(file) >= 8_000_000, "not checkpointed in the background: " + Files.size(file));
        }
    }
}
