package app.obzvon.testing;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Bases as things go wrong with them, made from a real closed base file: a damaged page, a schema
 * from a newer Obzvon, another program holding the write lock.
 */
public final class BrokenBases {

    private BrokenBases() {
    }

    /** Zeroes the first page's table of contents (the schema's b-tree): SQLite cannot even read the schema. */
    public static void damageSchema(Path file) throws Exception {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            int pageSize = pageSize(file);
            raf.seek(100);
            raf.write(new byte[pageSize - 100]);
        }
    }

    /** Zeroes the root page of one table: the base opens, and the first read of that table meets SQLITE_CORRUPT. */
    public static void damageTable(Path file, String table) throws Exception {
        long root;
        int pageSize = pageSize(file);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.prepareStatement("SELECT rootpage FROM sqlite_schema WHERE name = ?")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no table " + table);
                }
                root = rows.getLong(1);
            }
        }
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((root - 1) * pageSize);
            raf.write(new byte[pageSize]);
        }
    }

    /**
     * Records the migration after the newest in the base, as the next Obzvon would have left it; its
     * version. (A fixed number goes stale with this build's next migration.)
     */
    public static int fromTheNextObzvon(Path file) throws SQLException {
        int newest;
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            rows.next();
            newest = rows.getInt(1);
        }
        fromANewerObzvon(file, newest + 1);
        return newest + 1;
    }

    /** Records a migration this build does not have, as a newer Obzvon would have left the base. */
    public static void fromANewerObzvon(Path file, int version) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, installed_on, execution_time, success) VALUES (" + (100 + version) + ", '"
                    + version + "', 'from the future', 'SQL', 'V" + version + "__from_the_future.sql', 'test', "
                    + "CURRENT_TIMESTAMP, 0, 1)");
        }
    }

    /** The schema version a base is at: what this Obzvon reads up to, for a base it made. */
    public static int version(Path file) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Another program's connection holding the write lock until closed. */
    public static java.sql.Connection holdWriteLock(Path file) throws SQLException {
        var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("UPDATE settings SET value = value WHERE 0");
        }
        return connection;
    }

    private static int pageSize(Path file) throws Exception {
        try (var raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(16);
            int size = raf.readUnsignedShort();
            return size == 1 ? 65536 : size;
        }
    }
}
