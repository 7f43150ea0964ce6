package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.team.Logins;
import org.jooq.impl.DSL;
import org.postgresql.util.PasswordUtil;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import static app.obzvon.persistence.jooq.Tables.CALLERS;

/**
 * The logins of a base on a server: the session's own role, which person it is, and the logins the
 * base makes for people ({@code guard.person_login}). A password leaves this PC only as its
 * SCRAM-SHA-256 verifier, made here by the driver, or inside the server's own SCRAM exchange: never
 * in clear, so no server log or statement view ever holds it.
 */
final class ServerLogins implements Logins {

    private final ServerAddress address;
    /** The role this session signed in as ({@code session_user}). */
    private final String role;
    private final Session session;

    ServerLogins(ServerAddress address, String role, boolean console) {
        this.address = address;
        this.role = role;
        this.session = console ? Session.CONSOLE : Session.PERSON;
    }

    @Override
    public Session session() {
        return session;
    }

    /** The role this session signed in as. */
    String role() {
        return role;
    }

    @Override
    public Optional<Long> connectedPerson(Tx tx) {
        return JooqTx.dsl(tx).select(CALLERS.ID).from(CALLERS).where(CALLERS.LOGIN.eq(role))
                .fetchOptional(r -> r.value1().longValue());
    }

    @Override
    public void takeLogin(Tx tx, long personId) {
        JooqTx.dsl(tx).update(CALLERS).set(CALLERS.LOGIN, role).where(CALLERS.ID.eq((int) personId)).execute();
    }

    @Override
    public String setPassword(Tx tx, long personId, String wanted, String password) {
        var verifier = PasswordUtil.encodeScramSha256(password.strip().toCharArray());
        return JooqTx.dsl(tx).select(DSL.field("guard.person_login({0}, {1}, {2})", String.class,
                DSL.val((int) personId), DSL.val(wanted), DSL.val(verifier))).fetchSingle().value1();
    }

    @Override
    public boolean checkPassword(String password) {
        var properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", password.strip());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "obzvon");
        try (var ignored = DriverManager.getConnection(address.jdbcUrl(), properties)) {
            return true;
        } catch (SQLException e) {
            var state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("28P01") || state.equals("28000")) {
                return false;
            }
            throw ServerFault.translated(address, new org.jooq.exception.DataAccessException(e.getMessage(), e));
        }
    }
}
