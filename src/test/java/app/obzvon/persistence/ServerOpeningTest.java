package app.obzvon.persistence;

import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerBases;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a server's base: an empty database becomes one; another program's database is left alone. */
@PostgresTest
class ServerOpeningTest {

    @Test
    void aBaseNameMistypedIntoAnotherProgramsDatabaseCreatesNothingThere(@PostgresTest.Fresh PostgresDatabase other)
            throws Exception {
        try (var c = other.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)");
        }

        var refused = assertThrows(ServerFault.class, () -> Database.open(ServerBases.address(other), null));

        assertEquals(ServerFault.Kind.NOT_A_BASE, refused.kind());
        assertTrue(refused.getMessage().contains("another program"), refused.getMessage());
        try (var c = other.connect(); var s = c.createStatement();
             var tables = s.executeQuery("SELECT string_agg(table_name, ',') FROM information_schema.tables"
                     + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            assertTrue(tables.next());
            assertEquals("invoices", tables.getString(1), "no table of Obzvon's, no history of Flyway's");
        }
    }

    @Test
    void anEmptyDatabaseBecomesABase(@PostgresTest.Fresh PostgresDatabase empty) {
        try (var database = Database.open(ServerBases.address(empty), null)) {
            assertTrue(database.onServer());
            assertFalse(database.dsl().fetchExists(app.obzvon.persistence.jooq.Tables.CONTACTS));
        }
    }
}
