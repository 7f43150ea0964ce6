package app.obzvon.persistence;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The caller's round runs the same dozen statements at every key press. jOOQ builds each of them;
 * here they run on statements prepared once per connection, and rows are read by position: jOOQ's
 * own execution (a new prepare, listeners, a record per row) cost several times the query itself.
 * Used on the database thread only; a new connection (after a reopen) prepares them again.
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

    private final Supplier<Connection> connection;
    private final BiConsumer<String, List<Object>> ran;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection preparedOn;

    /**
     * @param connection the current connection, checked as every statement's is
     * @param ran        told of every statement run, for counting and watching
     */
    PreparedQueries(Supplier<Connection> connection, BiConsumer<String, List<Object>> ran) {
        this.connection = connection;
        this.ran = ran;
    }

    <T> List<T> fetch(Query query, Row<T> row) {
        var sql = query.getSQL();
        try {
            var statement = bound(sql, query.getBindValues());
            var rows = new ArrayList<T>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    <T> Optional<T> fetchOptional(Query query, Row<T> row) {
        var rows = fetch(query, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int execute(Query query) {
        var sql = query.getSQL();
        try {
            return bound(sql, query.getBindValues()).executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs an insert and returns the new row's id (RETURNING: SQLite 3.35 and PostgreSQL alike). */
    long insert(Query insert, String idColumn) {
        var sql = insert.getSQL() + " returning " + idColumn;
        try (var rs = bound(sql, insert.getBindValues()).executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no id returned");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Forgets the statements of a connection that is closed or replaced. */
    void clear() {
        for (var statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                LOG.debug("Closing a kept statement failed: {}", e.getMessage());
            }
        }
        prepared.clear();
        preparedOn = null;
    }

    private PreparedStatement bound(String sql, List<Object> values) throws SQLException {
        var current = connection.get();
        if (current != preparedOn) {
            clear();
            preparedOn = current;
        }
        var statement = prepared.get(sql);
        if (statement == null) {
            if (prepared.size() >= KEPT) {
                clear();
                preparedOn = current;
            }
            statement = current.prepareStatement(sql);
            prepared.put(sql, statement);
        }
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

    /** SQLite's own words only: the message may reach the status line, where SQL has no place. */
    private static org.jooq.exception.DataAccessException failed(String sql, SQLException e) {
        LOG.warn("Statement failed: {}", sql);
        return new org.jooq.exception.DataAccessException(e.getMessage(), e);
    }
}
