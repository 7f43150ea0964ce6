package app.obzvon.persistence;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Brings a base's schema up to date with Flyway, but only when it is behind: on a current base,
 * loading Flyway and validating every applied migration cost more than a second of each start.
 */
final class Migrations {

    /** The highest {@code V<n>__} in {@code db/migration}; {@code MigrationsTest} keeps the two equal. */
    static final int LATEST = 8;

    private Migrations() {
    }

    static void bringUpToDate(Connection connection, DataSource dataSource) throws SQLException {
        if (appliedVersion(connection) != LATEST) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        }
    }

    /** The newest migration applied successfully; -1 for a new base. */
    static int appliedVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var tables = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!tables.next() || tables.getInt(1) == 0) {
                return -1;
            }
        }
        try (var statement = connection.createStatement();
             var version = statement.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return version.next() ? version.getInt(1) : -1;
        }
    }
}
