package app.obzvon.team;

import app.obzvon.common.Tx;

import java.util.Optional;

/**
 * Who this session is to the base itself. On a file nobody: the door decides who works (PINs). On a
 * team's PostgreSQL server the connection signs in as a role, and the server enforces what it may
 * do (the guard, {@code db/postgresql/V11__guard.sql}):
 * <ul>
 *   <li>{@link Session#CONSOLE}: the base's owner (or a superuser), the administrator's session,
 *       above the guard; the door works as on a file, and it is where the first supervisor is made;</li>
 *   <li>{@link Session#PERSON}: anyone else, a person signed in as their own login; the connection
 *       is the sign-in, and their password is their secret.</li>
 * </ul>
 */
public interface Logins {

    /** A password on a server: what a person signs in to the server with, from any PC, with psql too. */
    int MIN_PASSWORD_LENGTH = 8;

    enum Session {
        /** A base file on this PC. */
        FILE,
        /** The server, as the base's owner. */
        CONSOLE,
        /** The server, as a person's own login. */
        PERSON
    }

    Session session();

    /** Whether the base is on a server. */
    default boolean onServer() {
        return session() != Session.FILE;
    }

    /** The person whose login this session is, when one is (active or not); always empty on a file. */
    Optional<Long> connectedPerson(Tx tx);

    /** Makes the session's own role the person's login: the first supervisor of a server's base. */
    void takeLogin(Tx tx, long personId);

    /**
     * Gives the person a login of their own on the server with this password, or a new password for
     * theirs; returns the login. {@code wanted} is what the login is made from (the person's name).
     */
    String setPassword(Tx tx, long personId, String wanted, String password);

    /** Whether this is the password of the session's own login: the server says, on a fresh connection. */
    boolean checkPassword(String password);

    /** A base file: no logins. */
    Logins FILE = new Logins() {
        @Override
        public Session session() {
            return Session.FILE;
        }

        @Override
        public Optional<Long> connectedPerson(Tx tx) {
            return Optional.empty();
        }

        @Override
        public void takeLogin(Tx tx, long personId) {
        }

        @Override
        public String setPassword(Tx tx, long personId, String wanted, String password) {
            throw new IllegalStateException("a base file has no logins");
        }

        @Override
        public boolean checkPassword(String password) {
            throw new IllegalStateException("a base file has no logins");
        }
    };
}
