package app.obzvon.persistence;

import app.obzvon.common.Transactions;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The workstation's SQLite file: created and migrated on open, then used through one connection.
 * SQLite allows one writer at a time, so all work goes through this connection on one thread
 * (see {@code BackgroundTasks}); WAL lets readers in other processes look at it meanwhile.
 */
public final class Database implements Transactions, AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
    }

    public static Database open(Path file) {
        try {
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            var dataSource = new SQLiteDataSource(config());
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return new Database(file, dataSource.getConnection());
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException(file, e);
        }
    }

    private static SQLiteConfig config() {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a logged outcome survives a power cut, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        return config;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // One connection: the repositories' statements run inside this transaction.
        return dsl.transactionResult(configuration -> work.get());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the database " + file, e);
        }
    }
}
