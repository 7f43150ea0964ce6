package app.obzvon.persistence;

import app.obzvon.common.Tx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    /** Seen from another connection, a repository's write is there only once the step that gave it its Tx commits. */
    @Test
    void aRepositoryWritesInTheTransactionItIsGivenAndGoesWithItsRollback() throws SQLException {
        var file = folder.resolve("obzvon.db");
        try (var database = Database.open(file); var other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            var settings = new JooqSettingsRepository();
            var failed = assertThrows(IllegalStateException.class, () -> database.inTransaction(tx -> {
                settings.put(tx, "probe", "written");
                assertEquals(Optional.of("written"), settings.get(tx, "probe"), "the transaction sees its own write");
                assertEquals(0, probes(other), "nobody sees it before the commit");
                throw new IllegalStateException("the step fails after the write");
            }));
            assertEquals("the step fails after the write", failed.getMessage());
            assertEquals(0, probes(other), "rolled back with the step");
            assertEquals(Optional.empty(), database.read(tx -> settings.get(tx, "probe")));

            database.inTransaction(tx -> {
                settings.put(tx, "probe", "written");
                return null;
            });
            assertEquals(1, probes(other), "committed with the step");
        }
    }

    private static int probes(Connection other) {
        try (var statement = other.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM settings WHERE name = 'probe'")) {
            return rows.next() ? rows.getInt(1) : -1;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTxIsRefusedOnceItsWorkReturned() {
        try (var database = Database.open(folder.resolve("obzvon.db"))) {
            var settings = new JooqSettingsRepository();
            var kept = new Tx[3];
            database.inTransaction(tx -> kept[0] = tx);
            assertThrows(IllegalStateException.class, () -> database.inTransaction(tx -> {
                kept[1] = tx;
                throw new IllegalStateException("rolled back");
            }));
            database.read(tx -> kept[2] = tx);
            for (var tx : kept) {
                var refused = assertThrows(IllegalStateException.class, () -> settings.get(tx, "probe"));
                assertTrue(refused.getMessage().contains("after the transaction ended"), refused.getMessage());
            }
        }
    }

    /** Work inside a transaction hands its Tx on: opening another would commit half of the step. */
    @Test
    void transactionsDoNotNest() {
        try (var database = Database.open(folder.resolve("obzvon.db"))) {
            var settings = new JooqSettingsRepository();
            var refused = assertThrows(IllegalStateException.class, () -> database.inTransaction(tx -> {
                settings.put(tx, "probe", "outer");
                return database.inTransaction(inner -> null);
            }));
            assertTrue(refused.getMessage().contains("pass its Tx on"), refused.getMessage());
            assertThrows(IllegalStateException.class, () -> database.inTransaction(tx -> database.read(inner -> null)));
            assertEquals(Optional.empty(), database.read(tx -> settings.get(tx, "probe")),
                    "the outer work rolled back");
            assertEquals(Optional.of("after"), database.inTransaction(tx -> {
                settings.put(tx, "probe", "after");
                return settings.get(tx, "probe");
            }), "the next step opens its own as before");
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
            database.inTransaction(tx -> {
                var dsl = JooqTx.dsl(tx);
                dsl.execute("CREATE TABLE big (b BLOB)");
                for (int i = 0; i < 2_000; i++) {
                    dsl.execute("INSERT INTO big VALUES (randomblob(4000))");
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
