package app.obzvon.testing;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness itself: a class's database is shared, a fresh one is its test's, and a dropped one is gone. */
@PostgresTest
class PostgresHarnessTest {

    @Test
    void aClassHasOneDatabaseAndAFreshOneIsAnother(PostgresDatabase shared, PostgresDatabase again,
                                                   @PostgresTest.Fresh PostgresDatabase fresh) throws SQLException {
        assertEquals(shared.name(), again.name());
        assertNotEquals(shared.name(), fresh.name());
        for (var database : new PostgresDatabase[] {shared, fresh}) {
            try (var c = database.connect(); var s = c.createStatement(); var r = s.executeQuery("SELECT current_database()")) {
                assertTrue(r.next());
                assertEquals(database.name(), r.getString(1));
            }
        }
        assertTrue(shared.url().contains("user="), "the URL is the whole address: " + shared.url());
    }

    @Test
    void aDroppedDatabaseIsGoneEvenWithAConnectionOpen(PostgresDatabase shared) throws SQLException {
        var server = PostgresServer.find().server();
        var database = server.createDatabase("dropped");
        var open = database.connect();
        database.close();
        try (var c = shared.connect();
             var s = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            s.setString(1, database.name());
            try (var r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(0, r.getInt(1));
            }
        }
        assertFalse(open.isValid(2), "its connection was closed by the drop");
        open.close();
    }
}
