package app.obzvon.testing;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One empty database on the test server, made for a test class or a test and dropped after it
 * ({@link PostgresTest}). Its {@link #url()} is its whole address, the user (and a password, when
 * {@value PostgresServer#SETTING} gave one) included: what a pool or {@code DriverManager} takes.
 */
public final class PostgresDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;
    private final String url;
    private boolean dropped;

    PostgresDatabase(PostgresServer server, String name, String url) {
        this.server = server;
        this.name = name;
        this.url = url;
    }

    public String name() {
        return name;
    }

    /** {@code jdbc:postgresql://HOST:PORT/NAME?user=…}. */
    public String url() {
        return url;
    }

    /** A plain data source (a new connection each time); tests of the pool make their own from {@link #url()}. */
    public DataSource dataSource() {
        var source = new PGSimpleDataSource();
        source.setURL(url);
        return source;
    }

    public Connection connect() throws SQLException {
        return server.connect(url);
    }

    /** Drops it, closing whatever connections the test left open. */
    @Override
    public synchronized void close() {
        if (!dropped) {
            dropped = true;
            server.drop(name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
