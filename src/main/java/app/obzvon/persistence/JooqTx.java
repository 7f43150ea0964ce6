package app.obzvon.persistence;

import app.obzvon.common.Tx;
import org.jooq.DSLContext;

import java.sql.Connection;

/**
 * A {@link Tx} of {@link Database}: the DSLContext on the transaction's connection, for the
 * repositories' statements, and that connection, for {@link PreparedQueries}. Refused once its work
 * returned, so a statement never runs outside the transaction it was given.
 */
final class JooqTx implements Tx {

    private final DSLContext dsl;
    private boolean ended;

    JooqTx(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The transaction's DSLContext. */
    static DSLContext dsl(Tx tx) {
        return open(tx).dsl;
    }

    /** The connection the transaction's statements run on (asked each time: outside a transaction it may be replaced). */
    static Connection connection(Tx tx) {
        return open(tx).dsl.configuration().connectionProvider().acquire();
    }

    /** Whether the statements go to a team's server (PostgreSQL: its locks, the guard's views and functions) rather than a file. */
    static boolean onServer(DSLContext dsl) {
        return dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
    }

    private static JooqTx open(Tx tx) {
        var jooq = (JooqTx) tx;
        if (jooq.ended) {
            throw new IllegalStateException("A transaction's Tx was used after the transaction ended");
        }
        return jooq;
    }

    void end() {
        ended = true;
    }
}
