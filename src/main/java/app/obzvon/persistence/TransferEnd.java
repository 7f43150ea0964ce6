package app.obzvon.persistence;

import org.jooq.SQLDialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One end of a copy, brought up to the schema this Obzvon writes: a file (created when asked) or
 * a server's database. The source is read in one read-only transaction, so a base in use is
 * copied as it stood at one moment.
 */
public final class TransferEnd implements AutoCloseable {

    private final Connection connection;
    private final SQLDialect dialect;
    private final String name;

    private TransferEnd(Connection connection, SQLDialect dialect, String name) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
    }

    /** A base file: an existing one, or with {@code create} a new one (made by Obzvon, so at the latest schema). */
    public static TransferEnd file(java.nio.file.Path file, boolean create) throws SQLException {
        // Opening it the app's way migrates an older file and creates a new one with its folder and modes.
        Database.open(file, create ? OpenMode.CREATE : OpenMode.EXISTING).close();
        var config = new org.sqlite.SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        var connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        return new TransferEnd(connection, SQLDialect.SQLITE, file.toString());
    }

    /** A database on a PostgreSQL server, created by its administrator; its schema is brought up to date. */
    public static TransferEnd server(ServerAddress address, String password) throws SQLException {
        var source = new org.postgresql.ds.PGSimpleDataSource();
        source.setUrl(address.jdbcUrl());
        source.setUser(address.user());
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName("obzvon migrate");
        // A batch of inserts goes as one multi-row statement: a third of the time to a server.
        source.setReWriteBatchedInserts(true);
        Migrations.bringPostgresUpToDate(source);
        return new TransferEnd(source.getConnection(), SQLDialect.POSTGRES, address.toString());
    }

    /** Reads from here: one snapshot of the whole base, changing nothing. */
    TransferEnd asSource() throws SQLException {
        connection.setAutoCommit(false);
        if (dialect == SQLDialect.POSTGRES) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }
        return this;
    }

    public String name() {
        return name;
    }

    Connection connection() {
        return connection;
    }

    SQLDialect dialect() {
        return dialect;
    }

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        connection.close();
    }
}
