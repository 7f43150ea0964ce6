package app.obzvon.persistence;

import app.obzvon.testing.MutableClock;
import app.obzvon.testing.TestBase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A base from before branching scripts keeps its plain scripts, readable and named. */
class ScriptMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aPlainScriptFromAnEarlierBaseBecomesALinearVersionOneWithItsName() throws SQLException {
        var file = folder.resolve("old.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("4").load().migrate();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(
                "INSERT INTO scripts (id, name, body, created_at) VALUES (5, 'Cold call', ?, 0)")) {
            insert.setString(1, "Greeting: Hello, {person}!\n\nOffer: We deliver office supplies.\n\nClosing: Thank you!\n");
            insert.executeUpdate();
        }

        try (var services = TestBase.open(file, new MutableClock(TestBase.MORNING, TestBase.ZONE))) {
            // A base from before people came: its one caller is its first supervisor, who sets a PIN.
            assertTrue(services.signIn().door().firstStart());
            services.signIn().createFirstSupervisor("Анна", TestBase.PIN);
            var version = services.scripts().latest(5).orElseThrow();
            assertEquals(1, version.number());
            assertEquals("Cold call", version.script().name());
            assertEquals(List.of("Greeting", "Offer", "Closing"),
                    version.script().steps().stream().map(s -> s.title()).toList());
            assertEquals("Hello, {person}!", version.script().steps().get(0).text());
        }
    }
}
