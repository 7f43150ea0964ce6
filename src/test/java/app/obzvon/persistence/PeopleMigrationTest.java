package app.obzvon.persistence;

import app.obzvon.access.Role;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.TestBase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A base from before people came opens as it was: its caller is its first supervisor and owns its calls. */
class PeopleMigrationTest {

    @TempDir
    Path folder;

    @Test
    void theOneCallerBecomesTheFirstSupervisorWithTheirCallsAndEveryQueue() throws Exception {
        var file = folder.resolve("old.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
        long today = TestBase.MORNING.toEpochMilli();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("UPDATE callers SET name = 'Анна' WHERE id = 1");
            s.execute("INSERT INTO call_queues (id, name, daily_target, created_at) VALUES (1, 'Все', 80, 0)");
            s.execute("INSERT INTO contacts (id, company, created_at, attempts, status) VALUES (1, 'Альфа', 0, 1, 'NEW')");
            s.execute("INSERT INTO contact_phones (contact_id, position, number) VALUES (1, 1, '+74951234567')");
            s.execute("INSERT INTO calls (contact_id, queue_id, caller_id, outcome_id, started_at, logged_at, prev_status,"
                    + " prev_attempts, prev_do_not_call) VALUES (1, 1, 1, 1, " + today + ", " + today + ", 'NEW', 0, 0)");
        }

        try (var services = TestBase.open(file, new MutableClock(TestBase.MORNING.plusSeconds(60), TestBase.ZONE))) {
            var door = services.signIn().door();
            assertTrue(door.firstStart(), "asked for a PIN first");
            assertEquals("Анна", door.firstSupervisorName());

            var anna = services.signIn().createFirstSupervisor("Анна", TestBase.PIN);
            assertEquals(Role.SUPERVISOR, anna.role());
            var start = services.callingSession().start();
            assertEquals("Все", start.queues().get(0).name());
            assertEquals(1, start.first().progress().counts().calls(), "her call of today is hers");
            assertEquals(java.util.Set.of(1L), services.people().queues(anna.id()), "given every queue");
        }
    }
}
