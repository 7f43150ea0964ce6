package app.obzvon.persistence;

import app.obzvon.common.Tx;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A team's base on a PostgreSQL server: a small pool of connections (HikariCP) signed in as the
 * person's own role, jOOQ in PostgreSQL's dialect. Each transaction takes a connection from the pool
 * for itself, and its work gets a {@link JooqTx} on that connection: every repository statement of a
 * step runs in that step's transaction, whichever connection it is.
 *
 * <p>Should the connection fail while the transaction commits, nobody knows at once whether the
 * server stored it: a fresh connection asks {@code stored}, and the step either returns (it is in)
 * or fails with a {@link ServerFault} saying it was not saved. Never half: PostgreSQL commits a
 * transaction whole or not at all.
 */
final class ServerDatabase extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    /**
     * A window does its database work on one thread, one step at a time: one connection. The second is
     * room for an overlap (a question asked while a dropped connection is still being let go), opened
     * only when one is asked for while the first is busy, never kept ready: fifty windows hold fifty
     * connections, not a hundred (PostgreSQL's default {@code max_connections}).
     */
    static final int POOL_SIZE = 2;

    private final ServerAddress address;
    private final HikariDataSource pool;
    /** Tests only: runs on the transaction's connection once the work is done, just before the commit. */
    private volatile AtCommit atCommit;

    /** What a test does to the connection at the moment of the commit (drops it, say). */
    @FunctionalInterface
    interface AtCommit {
        void run(java.sql.Connection connection) throws SQLException;
    }
    private final ServerLogins logins;

    private ServerDatabase(ServerAddress address, HikariDataSource pool, ServerLogins logins) {
        super(SQLDialect.POSTGRES, new DataSourceConnectionProvider(pool), false,
                error -> ServerFault.translated(address, error));
        this.address = address;
        this.pool = pool;
        this.logins = logins;
    }

    static ServerDatabase connect(ServerAddress address, String password) {
        var config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("obzvon " + address);
        config.setMaximumPoolSize(POOL_SIZE);
        // Not 1: the pool would open a second connection whenever it found the first busy, to keep one idle.
        // A connection idle for ten minutes (Hikari's idleTimeout) is closed, and opened again at the next step.
        config.setMinimumIdle(0);
        // A server that is not there says so within seconds, not after Hikari's default half minute.
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(5_000);
        config.addDataSourceProperty("ApplicationName", "obzvon");
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        HikariDataSource pool = null;
        try {
            pool = new HikariDataSource(config);
            Migrations.bringPostgresUpToDate(pool);
            return new ServerDatabase(address, pool, session(address, pool));
        } catch (SQLException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw ServerFault.opening(address, e);
        }
    }

    /** Who the connections sign in as, and whether that is the base's owner (the console) or a person. */
    private static ServerLogins session(ServerAddress address, HikariDataSource pool) throws SQLException {
        try (var connection = pool.getConnection(); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT session_user, guard.console()")) {
            row.next();
            return new ServerLogins(address, row.getString(1), row.getBoolean(2));
        }
    }

    public ServerAddress address() {
        return address;
    }

    /** Tests only ({@code ServerConnectionLossTest}): what happens to the connection as each transaction commits; null for nothing. */
    void atCommit(AtCommit hook) {
        this.atCommit = hook;
    }

    @Override
    public app.obzvon.team.Logins logins() {
        return logins;
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> work, BiPredicate<Tx, ? super T> stored) {
        enter();
        var done = new Object[1];
        var ran = new boolean[1];
        try {
            return dsl().transactionResult(configuration -> {
                T result = run(configuration, work);
                done[0] = result;
                ran[0] = true;
                var hook = atCommit;
                if (hook != null) {
                    try {
                        hook.run(configuration.connectionProvider().acquire());
                    } catch (SQLException e) {
                        throw new org.jooq.exception.DataAccessException(e.getMessage(), e);
                    }
                }
                return result;
            });
        } catch (RuntimeException e) {
            var fault = ServerFault.translated(address, e);
            if (lostTheLine(fault) && ran[0]) {
                var server = (ServerFault) fault;
                leave();
                @SuppressWarnings("unchecked") T result = (T) done[0];
                return afterLostCommit(result, stored, server);
            }
            throw fault;
        } finally {
            leave();
        }
    }

    /**
     * Whether the fault is a dropped line. The pool's other connections most likely went with it (the
     * server restarted, the network dropped): they are let go too, so the next question and the next
     * step open new ones rather than meet the same fault on a connection used a moment ago, which the
     * pool would hand out again without a check.
     */
    private boolean lostTheLine(RuntimeException fault) {
        if (fault instanceof ServerFault server && server.kind() == ServerFault.Kind.UNREACHABLE) {
            var connections = pool.getHikariPoolMXBean();
            if (connections != null) {
                connections.softEvictConnections();
            }
            return true;
        }
        return false;
    }

    /**
     * The work was done and the commit sent when the line dropped: a fresh connection asks whether
     * it is in. In: the step goes on. Not in, or no answer: the step fails and says so.
     */
    private <T> T afterLostCommit(T result, BiPredicate<Tx, ? super T> stored, ServerFault lost) {
        LOG.warn("The connection to {} failed during a commit; asking whether it was stored", address);
        boolean in;
        try {
            in = read(tx -> stored.test(tx, result));
        } catch (RuntimeException e) {
            lost.addSuppressed(e);
            throw ServerFault.commitUnknown(address, lost);
        }
        if (in) {
            return result;
        }
        throw ServerFault.notSaved(address, lost);
    }

    /** Outside a transaction: one connection from the pool for the whole work, each statement committed on its own. */
    @Override
    public <T> T read(Function<Tx, T> work) {
        enter();
        try (var connection = pool.getConnection()) {
            return run(dsl().configuration().derive(new DefaultConnectionProvider(connection)), work);
        } catch (SQLException e) {
            var fault = ServerFault.translated(address, new org.jooq.exception.DataAccessException(e.getMessage(), e));
            lostTheLine(fault);
            throw fault;
        } catch (RuntimeException e) {
            var fault = ServerFault.translated(address, e);
            lostTheLine(fault);
            throw fault;
        } finally {
            leave();
        }
    }

    @Override
    public app.obzvon.backup.BaseCopies copies() {
        return new app.obzvon.backup.BaseCopies() {
            @Override
            public void copyTo(java.nio.file.Path target) {
                throw backedUpOnServer();
            }

            @Override
            public void check(java.nio.file.Path backup) {
                throw backedUpOnServer();
            }

            @Override
            public void restoreFrom(java.nio.file.Path backup) {
                throw backedUpOnServer();
            }
        };
    }

    private static app.obzvon.backup.BackupException backedUpOnServer() {
        return new app.obzvon.backup.BackupException(app.obzvon.backup.BackupException.Reason.ON_SERVER,
                "a base on a server is backed up on the server (pg_dump), not from a window");
    }

    @Override
    public void close() {
        queries().clear();
        pool.close();
    }
}
