package app.obzvon.persistence;

import app.obzvon.common.Tx;

import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The caller's round runs the same dozen statements at every key press. jOOQ builds each of them;
 * here they run on statements prepared once per connection, and rows are read by position: jOOQ's
 * own execution (a new prepare, listeners, a record per row) cost several times the query itself.
 * Each runs on the connection of the {@link Tx} it is given, and is kept per connection: a new
 * connection (after a reopen) prepares them again, and the one it replaces is forgotten with its own.
 * A connection's statements are used by the thread whose transaction has it, one at a time.
 */
final class PreparedQueries {

    private static final Logger LOG = LoggerFactory.getLogger(PreparedQueries.class);
    /** Statements kept per connection: a dozen shapes, a few per queue filter. */
    private static final int KEPT = 128;

    /** One row, read by position in the order of the query's select list. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final BiConsumer<String, List<Object>> ran;
    /**
     * Whether statements are kept per connection: SQLite's one connection, yes; a server's pool hands
     * out wrappers of its connections, and its driver keeps the prepared statements itself.
     */
    private final boolean keep;
    /** By the connection's identity: a statement belongs to the connection that prepared it. */
    private final Map<Connection, Map<String, PreparedStatement>> prepared = new IdentityHashMap<>();

    /** @param ran told of every statement run, for counting and watching */
    PreparedQueries(BiConsumer<String, List<Object>> ran, boolean keep) {
        this.ran = ran;
        this.keep = keep;
    }

    <T> List<T> fetch(Tx tx, Query query, Row<T> row) {
        var sql = query.getSQL();
        try {
            var statement = bound(tx, sql, query.getBindValues());
            try {
                var rows = new ArrayList<T>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
                return rows;
            } finally {
                done(statement);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    <T> Optional<T> fetchOptional(Tx tx, Query query, Row<T> row) {
        var rows = fetch(tx, query, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int execute(Tx tx, Query query) {
        var sql = query.getSQL();
        try {
            var statement = bound(tx, sql, query.getBindValues());
            try {
                return statement.executeUpdate();
            } finally {
                done(statement);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs an insert and returns the new row's id (RETURNING: SQLite 3.35 and PostgreSQL alike). */
    long insert(Tx tx, Query insert, String idColumn) {
        var sql = insert.getSQL() + " returning " + idColumn;
        try {
            var statement = bound(tx, sql, insert.getBindValues());
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no id returned");
                }
                return rs.getLong(1);
            } finally {
                done(statement);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Forgets the statements of a connection that is closed or replaced. */
    void clear(Connection connection) {
        Map<String, PreparedStatement> kept;
        synchronized (prepared) {
            kept = prepared.remove(connection);
        }
        if (kept != null) {
            close(kept);
        }
    }

    /** Forgets every connection's statements (a restore changed the schema under them, or the base closes). */
    void clear() {
        List<Map<String, PreparedStatement>> all;
        synchronized (prepared) {
            all = new ArrayList<>(prepared.values());
            prepared.clear();
        }
        all.forEach(PreparedQueries::close);
    }

    private void done(PreparedStatement statement) throws SQLException {
        if (!keep) {
            statement.close();
        }
    }

    private static void close(Map<String, PreparedStatement> kept) {
        for (var statement : kept.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                LOG.debug("Closing a kept statement failed: {}", e.getMessage());
            }
        }
        kept.clear();
    }

    private PreparedStatement bound(Tx tx, String sql, List<Object> values) throws SQLException {
        var connection = JooqTx.connection(tx);
        if (!keep) {
            return bind(connection.prepareStatement(sql), sql, values);
        }
        Map<String, PreparedStatement> kept;
        synchronized (prepared) {
            kept = prepared.computeIfAbsent(connection, c -> new HashMap<>());
        }
        var statement = kept.get(sql);
        if (statement == null) {
            if (kept.size() >= KEPT) {
                close(kept);
            }
            statement = connection.prepareStatement(sql);
            kept.put(sql, statement);
        }
        return bind(statement, sql, values);
    }

    private PreparedStatement bind(PreparedStatement statement, String sql, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            if (value == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else if (value instanceof Boolean b) {
                statement.setBoolean(i + 1, b);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        ran.accept(sql, Collections.unmodifiableList(new ArrayList<>(values)));
        return statement;
    }

    /** The engine's own words only: the message may reach the status line, where SQL has no place. */
    private static org.jooq.exception.DataAccessException failed(String sql, SQLException e) {
        LOG.warn("Statement failed: {}", sql);
        return new org.jooq.exception.DataAccessException(e.getMessage(), e);
    }
}
