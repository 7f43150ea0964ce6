package app.obzvon.persistence;

import app.obzvon.common.OwnerOnly;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The workstation's SQLite file: created and migrated on open, then used through one connection.
 * SQLite allows one writer at a time, so all work goes through this connection on one thread
 * (see {@code BackgroundTasks}); WAL lets readers in other processes look at it meanwhile.
 *
 * <p>Before each statement outside a transaction, and so before each transaction, it makes sure
 * SQLite's locks still hold ({@link WalFiles}); when they were lost, it opens the file again before
 * writing. Checkpoints run in the background ({@link Checkpoints}), never inside a caller's commit.
 *
 * <p>The work of a transaction gets a {@link JooqTx} on the transaction's connection; the
 * repositories run their statements through it, never through {@link #dsl()}.
 */
final class FileDatabase extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final WalFiles walFiles;
    private final Checkpoints checkpoints;
    private final boolean readOnly;
    private Connection connection;

    private FileDatabase(Path file, SQLiteDataSource dataSource, boolean readOnly, Holder holder) throws SQLException {
        super(SQLDialect.SQLITE, holder, true, error -> DatabaseFault.translated(file, error));
        this.file = file;
        this.dataSource = dataSource;
        this.readOnly = readOnly;
        this.walFiles = new WalFiles(file);
        holder.database = this;
        this.connection = connect();
        try {
            Migrations.bringUpToDate(file, connection, dataSource);
        } catch (SQLException | RuntimeException e) {
            // Not handed over, so nobody else would close it (and the file stays locked on Windows).
            connection.close();
            throw e;
        }
        // A read-only base has nothing to checkpoint, and no right to.
        this.checkpoints = new Checkpoints(dataSource, file, this::statementCount, !readOnly);
    }

    /**
     * Opens the base as the mode says; a file or folder we may not write opens read-only. A fault a
     * person can act on is a {@link DatabaseFault}; anything else a {@link DatabaseUnavailableException}.
     */
    static FileDatabase openFile(Path file, OpenMode mode) {
        try {
            var parent = file.toAbsolutePath().getParent();
            if (mode != OpenMode.CREATE && !Files.exists(file)) {
                throw DatabaseFault.missing(file);
            }
            if (parent != null && mode == OpenMode.CREATE) {
                OwnerOnly.folder(parent);
            }
            // SQLite in WAL mode writes beside the file: a folder we may not write is a read-only base too.
            boolean readOnly = mode == OpenMode.READ_ONLY || Files.exists(file)
                    && (!Files.isWritable(file) || parent != null && !Files.isWritable(parent));
            if (!readOnly) {
                // Made (or kept) 600 before SQLite opens it: SQLite gives its -wal and -shm the base's own mode.
                OwnerOnly.createFile(file);
            }
            var dataSource = new SQLiteDataSource(config(readOnly, mode == OpenMode.CREATE));
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            return new FileDatabase(file, dataSource, readOnly, new Holder());
        } catch (DatabaseFault e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            var fault = DatabaseFault.of(file, e);
            throw fault != null ? fault : new DatabaseUnavailableException(file, e);
        }
    }

    private static SQLiteConfig config(boolean readOnly, boolean create) {
        var config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
        } else if (!create) {
            // A file deleted between the look and the open must not come back empty.
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a logged outcome survives a power cut, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        // Every transaction takes the write lock as it begins (BEGIN IMMEDIATE), so the busy timeout
        // applies: a deferred one that read first and then wrote would fail at once with "database
        // is locked" when another window wrote in between. The claim is a look and a write as one.
        // A read-only base takes no write lock: its transactions only read.
        config.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED
                : SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        return config;
    }

    /** Opens a connection, reads once (which opens the WAL and the shared memory) and remembers those files. */
    private Connection connect() throws SQLException {
        var opened = dataSource.getConnection();
        try (var statement = opened.createStatement()) {
            // Checkpoints belong to the background (Checkpoints), not to the caller's commit.
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        walFiles.remember();
        // A base from before kept the mode of its day: its -wal and -shm too.
        OwnerOnly.restrict(Path.of(file + "-wal"));
        OwnerOnly.restrict(Path.of(file + "-shm"));
        return opened;
    }

    /** A file: nobody signs in to the base itself, the door decides. */
    @Override
    public app.obzvon.team.Logins logins() {
        return app.obzvon.team.Logins.FILE;
    }

    /** Backups of this base: copied out, checked and written back through SQLite ({@link SqliteBaseCopies}). */
    @Override
    public app.obzvon.backup.BaseCopies copies() {
        return new SqliteBaseCopies(file, dataSource::getConnection, this::current, queries()::clear, this::restored);
    }

    /** After a restore: statements prepared on the old schema go, and an older backup's schema is brought up to date. */
    private void restored() {
        queries().clear();
        try {
            Migrations.bringUpToDate(file, connection, dataSource);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(file, e);
        }
    }

    /**
     * Runs the work as one transaction. Should the base's WAL be deleted under the commit (see
     * {@link WalFiles}), the file is opened again and {@code stored} asked whether the work is in
     * it; if not, it runs once more.
     */
    @Override
    public <T> T inTransaction(Function<Tx, T> work, BiPredicate<Tx, ? super T> stored) {
        enter();
        try {
            // BEGIN IMMEDIATE (see config) on the connection jOOQ's transaction hands the work.
            T result = dsl().transactionResult(configuration -> run(configuration, work));
            if (walFiles.replaced()) {
                reopen("during a commit");
                if (!run(dsl().configuration(), tx -> stored.test(tx, result))) {
                    LOG.warn("The last transaction on {} was lost with the deleted WAL; running it again", file);
                    return dsl().transactionResult(configuration -> run(configuration, work));
                }
            }
            return result;
        } catch (RuntimeException e) {
            // A failed commit ("Cannot commit transaction") says why: the disk is full, the base busy…
            var translated = DatabaseFault.translated(file, e);
            if (translated != e) {
                // SQLite may have rolled back by itself, leaving the driver sure a transaction is open
                // and its statements half-run: a fresh connection is the one state known to be right.
                recover(translated);
            }
            throw translated;
        } finally {
            leave();
        }
    }

    /** Outside a transaction: each statement on its own, the locks checked before each (as {@link #dsl()}). */
    @Override
    public <T> T read(Function<Tx, T> work) {
        enter();
        try {
            return run(dsl().configuration(), work);
        } finally {
            leave();
        }
    }

    @Override
    public boolean writable() {
        return !readOnly;
    }

    @Override
    public void requireWritable() {
        if (readOnly) {
            throw DatabaseFault.readOnly(file, null);
        }
    }

    /**
     * Closing the old connection lets SQLite checkpoint what only it still holds (a commit that went
     * into the deleted WAL) if no other process has the base open; the new one takes fresh locks.
     */
    private void reopen(String when) {
        LOG.warn("SQLite's locks on {} were lost and its WAL replaced ({}); opening it again", file, when);
        replaceConnection();
    }

    /** After a fault, the next step starts on a fresh connection; the fault is what the person is told. */
    private void recover(RuntimeException fault) {
        LOG.warn("{}; opening {} again", fault.getMessage(), file);
        try {
            replaceConnection();
        } catch (RuntimeException e) {
            fault.addSuppressed(e);
        }
    }

    private void replaceConnection() {
        synchronized (checkpoints) {
            checkpoints.closeConnection();
            queries().clear(connection);
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing the old connection to {} failed: {}", file, e.getMessage());
            }
            try {
                connection = connect();
            } catch (SQLException e) {
                throw new DatabaseUnavailableException(file, e);
            }
        }
    }

    @Override
    public void close() {
        checkpoints.close();
        queries().clear();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the database " + file, e);
        }
    }

    /** The connection now; outside a transaction it first makes sure the locks still hold. */
    private Connection current() {
        try {
            if (connection.getAutoCommit() && walFiles.replaced()) {
                reopen("before a statement");
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(file, e);
        }
        return connection;
    }

    /** Hands jOOQ the one connection (made before the database it belongs to, hence the late link). */
    private static final class Holder implements ConnectionProvider {

        private FileDatabase database;

        @Override
        public Connection acquire() {
            return database.current();
        }

        @Override
        public void release(Connection released) {
            // The connection lives as long as the database.
        }
    }
}
