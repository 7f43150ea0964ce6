package app.obzvon.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Copies the WAL back into the base in the background, on a connection of its own, once the base
 * has been quiet for a second. SQLite would otherwise checkpoint inside whichever commit crossed
 * a thousand pages, and that commit (a caller's outcome) would wait for it: the commits' p99.
 * A passive checkpoint never waits for a lock, so it never holds a caller up either.
 */
final class Checkpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
    private static final long QUIET_MILLIS = 1_000;

    private final SQLiteDataSource dataSource;
    private final Path file;
    private final LongSupplier statements;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "obzvon-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private Connection connection;
    private long seen = -1;
    private boolean pending;
    private boolean closed;

    Checkpoints(SQLiteDataSource dataSource, Path file, LongSupplier statements, boolean active) {
        this.dataSource = dataSource;
        this.file = file;
        this.statements = statements;
        if (active) {
            timer.scheduleWithFixedDelay(this::tick, QUIET_MILLIS, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Checkpoints when statements ran before the last tick and none since. */
    private synchronized void tick() {
        long now = statements.getAsLong();
        if (now != seen) {
            seen = now;
            pending = true;
            return;
        }
        if (!pending || closed) {
            return;
        }
        try {
            if (connection == null) {
                connection = dataSource.getConnection();
            }
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                // busy, frames in the WAL, frames copied: done when all were copied.
                pending = !result.next() || result.getInt(1) != 0 || result.getInt(2) != result.getInt(3);
            }
        } catch (SQLException e) {
            LOG.warn("Background checkpoint of {} failed: {}", file, e.getMessage());
        }
    }

    /** Closes this connection, as all of the process's must close before the base is opened again. */
    synchronized void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing the checkpoint connection to {} failed: {}", file, e.getMessage());
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            closed = true;
            closeConnection();
        }
    }
}
