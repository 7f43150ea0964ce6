package app.obzvon.persistence;

import app.obzvon.contact.PlaceZones;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Brings a base's schema up to date with Flyway, but only when it is behind: on a current base,
 * loading Flyway and validating every applied migration cost more than a second of each start.
 */
final class Migrations {

    /** The highest {@code V<n>__} in {@code db/migration}; {@code MigrationsTest} keeps the two equal. */
    static final int LATEST = 10;

    private Migrations() {
    }

    static void bringUpToDate(Path file, Connection connection, DataSource dataSource) throws SQLException {
        int applied = appliedVersion(connection);
        if (applied > LATEST) {
            // Flyway would only warn, and this build would write into a schema it does not know.
            throw DatabaseFault.newerVersion(file, applied, LATEST);
        }
        if (applied != LATEST) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            if (applied >= 0 && applied < ZONES_FROM_PLACES) {
                zonesFromPlaces(connection);
            }
        }
    }

    /** Version 9 brought calling hours in the company's own time: companies loaded before get a zone from their place. */
    static final int ZONES_FROM_PLACES = 9;

    /**
     * Gives a zone to the companies of an older base that have none (mobile numbers), from their
     * city or region: once, as the base is brought up to version 9.
     */
    static void zonesFromPlaces(Connection connection) throws SQLException {
        var places = PlaceZones.shared();
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var read = connection.createStatement();
             var rows = read.executeQuery("SELECT id, city, region FROM contacts WHERE time_zone IS NULL");
             var write = connection.prepareStatement("UPDATE contacts SET time_zone = ? WHERE id = ?")) {
            while (rows.next()) {
                var zone = places.zoneOf(rows.getString(2), rows.getString(3));
                if (zone != null) {
                    write.setString(1, zone.getId());
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                }
            }
            write.executeBatch();
            try (var zones = connection.createStatement()) {
                zones.executeUpdate("INSERT OR IGNORE INTO time_zones (zone) SELECT DISTINCT time_zone FROM contacts"
                        + " WHERE time_zone IS NOT NULL");
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
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
