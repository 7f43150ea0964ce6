package app.obzvon.persistence;

import app.obzvon.backup.BackupException;
import app.obzvon.backup.BaseCopies;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Backups through SQLite itself, never a copy of the file under open connections: {@code VACUUM INTO}
 * reads the base in one read transaction (WAL: writers go on meanwhile), and the online backup API
 * writes a backup into the live base as one write transaction, under the lock every window respects.
 */
final class SqliteBaseCopies implements BaseCopies {

    /** The backup API waits this long, in all, for another window's write to finish. */
    private static final int BUSY_TRIES = 100;
    private static final int BUSY_SLEEP_MS = 100;
    private static final int SQLITE_OK = 0;
    private static final int SQLITE_DONE = 101;

    /** A new connection to the base. */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Path file;
    private final Opener opener;
    private final Supplier<Connection> connection;
    private final Runnable quiet;
    private final Runnable restored;

    /**
     * {@code opener}: a connection of the copy's own; {@code connection}: the window's; {@code quiet}
     * finishes the window's prepared statements (SQLite restores into no connection with one in progress).
     */
    SqliteBaseCopies(Path file, Opener opener, Supplier<Connection> connection, Runnable quiet, Runnable restored) {
        this.file = file;
        this.opener = opener;
        this.connection = connection;
        this.quiet = quiet;
        this.restored = restored;
    }

    /** On a connection of its own: the window's may hold a statement in progress, which VACUUM refuses. */
    @Override
    public void copyTo(Path target) {
        try (var own = opener.open(); var vacuum = own.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(file, e);
        }
    }

    @Override
    public void check(Path backup) {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        try (var copy = DriverManager.getConnection("jdbc:sqlite:" + backup.toAbsolutePath(), config.toProperties());
             var statement = copy.createStatement()) {
            try (var result = statement.executeQuery("PRAGMA integrity_check")) {
                var verdict = result.next() ? result.getString(1) : "nothing";
                if (!"ok".equals(verdict)) {
                    throw new BackupException(BackupException.Reason.DAMAGED, backup + ": " + verdict);
                }
            }
            int version = Migrations.appliedVersion(copy);
            if (version < 0) {
                throw new BackupException(BackupException.Reason.NOT_A_BASE, backup + " is not an Obzvon base");
            }
            if (version > Migrations.LATEST) {
                throw new BackupException(BackupException.Reason.NEWER, backup + " is from a newer Obzvon (schema "
                        + version + ")");
            }
        } catch (SQLException e) {
            // Not a database at all ("file is not a database"), or one SQLite cannot read.
            throw new BackupException(BackupException.Reason.NOT_A_BASE, backup + ": " + e.getMessage());
        }
    }

    @Override
    public void restoreFrom(Path backup) {
        quiet.run();
        try {
            var live = connection.get().unwrap(SQLiteConnection.class);
            // All pages in one step: one write transaction, so other windows see the old base or the new, never half.
            int rc = live.getDatabase().restore("main", backup.toAbsolutePath().toString(), null,
                    BUSY_SLEEP_MS, BUSY_TRIES, -1);
            if (rc != SQLITE_OK && rc != SQLITE_DONE) {
                throw new SQLException("restoring " + backup + " failed (SQLite code " + rc + ")");
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(file, e);
        }
        restored.run();
    }
}
