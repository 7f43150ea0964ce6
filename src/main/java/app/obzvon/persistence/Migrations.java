package app.obzvon.persistence;

import app.obzvon.contact.PlaceZones;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings a base's schema up to date with Flyway, but only when it is behind: on a current base,
 * loading Flyway and validating every applied migration cost more than a second of each start.
 * <p>
 * Each engine has its own folder up to version 10, then both share {@code db/common}: SQLite's
 * history in {@code db/migration} (V1..V10, never edited: their checksums are in people's bases),
 * PostgreSQL's whole schema at version 10 in {@code db/postgresql} (no PostgreSQL base is older).
 * Version 11 is in both engines' own folders: the people's logins, and on PostgreSQL the guard
 * around them ({@code V11__guard.sql}: roles, privileges, policies, the audit's functions).
 */
final class Migrations {

    /**
     * The highest {@code V<n>__} in {@code db/migration}, {@code db/postgresql} and {@code db/common}:
     * both engines are at the same version; {@code MigrationFoldersTest} keeps them equal.
     */
    static final int LATEST = 14;

    /** SQLite's migrations: its own history, then those both engines run (V11 on). */
    static final List<String> SQLITE_LOCATIONS = List.of("classpath:db/migration", "classpath:db/common");

    /** PostgreSQL's: its schema at version 10 in one file, its own V11 (the guard), then those both engines run. */
    static final List<String> POSTGRES_LOCATIONS = List.of("classpath:db/postgresql", "classpath:db/common");

    private Migrations() {
    }

    static void bringUpToDate(Path file, Connection connection, DataSource dataSource) throws SQLException {
        int applied = appliedVersion(connection);
        if (applied > LATEST) {
            // Flyway would only warn, and this build would write into a schema it does not know.
            throw DatabaseFault.newerVersion(file, applied, LATEST);
        }
        if (applied != LATEST) {
            Flyway.configure().dataSource(dataSource).locations(SQLITE_LOCATIONS.toArray(String[]::new)).load().migrate();
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

    /**
     * PostgreSQL's counterpart of {@link #bringUpToDate}: Flyway only when the database is behind (an
     * empty one gets V10 alone). Several clients starting at once are safe: Flyway holds an advisory
     * lock while it migrates, and a client that waited finds the work done.
     *
     * @throws IllegalStateException when the database is from a newer Obzvon
     */
    static void bringPostgresUpToDate(DataSource dataSource) throws SQLException {
        int applied;
        try (var connection = dataSource.getConnection()) {
            applied = postgresAppliedVersion(connection);
        }
        if (applied > LATEST) {
            throw new IllegalStateException("the database is from a newer Obzvon: it is version " + applied
                    + ", this Obzvon reads up to version " + LATEST + ". Use a newer Obzvon");
        }
        if (applied < 0 && holdsTables(dataSource)) {
            // A name mistyped into another program's database (postgres, say): nothing is created in it.
            throw new NotAnObzvonBase();
        }
        if (applied != LATEST) {
            if (applied >= GUARD && !owner(dataSource)) {
                // Only the base's owner may change its schema: a person's own login would fail half-way.
                throw new IllegalStateException("the base is at version " + applied + " and this Obzvon needs version "
                        + LATEST + ": its owner brings it up to date, by opening it once as the base's owner");
            }
            postgresFlyway(dataSource).migrate();
        }
    }

    /** A database with tables of its own and no Obzvon schema: another program's. */
    static final class NotAnObzvonBase extends IllegalStateException {
        NotAnObzvonBase() {
            super("the database holds another program's tables, not an Obzvon base: nothing was created in it");
        }
    }

    private static boolean holdsTables(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM information_schema.tables"
                     + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema'))")) {
            return row.next() && row.getBoolean(1);
        }
    }

    /** The version from which a PostgreSQL base has its guard: people's own logins, the owner above them. */
    static final int GUARD = 11;

    /** Whether the data source signs in as the base's owner (or a superuser): {@code guard.console()}. */
    private static boolean owner(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT guard.console()")) {
            return row.next() && row.getBoolean(1);
        }
    }

    /** Flyway set up for a PostgreSQL database: what {@link #bringPostgresUpToDate} runs, and tests look at. */
    static Flyway postgresFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(POSTGRES_LOCATIONS.toArray(String[]::new)).load();
    }

    /** The newest migration applied successfully to a PostgreSQL database (its current schema); -1 for a new one. */
    static int postgresAppliedVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var table = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            if (!table.next() || !table.getBoolean(1)) {
                return -1;
            }
        }
        try (var statement = connection.createStatement();
             var version = statement.executeQuery(
                     "SELECT coalesce(max(CAST(version AS integer)), -1) FROM flyway_schema_history WHERE success")) {
            return version.next() ? version.getInt(1) : -1;
        }
    }
}
