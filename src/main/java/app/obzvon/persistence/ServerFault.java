package app.obzvon.persistence;

import org.postgresql.util.PSQLException;

import java.sql.SQLException;

/**
 * A fault of a team's server in the person's words: which kind (the server does not answer, the
 * sign-in was refused, no such base, no right to do that…), found from PostgreSQL's SQLSTATE, only on
 * the error path. The message names the server, never a statement.
 */
public final class ServerFault extends RuntimeException {

    public enum Kind {
        /** No answer: the server is down, the network is, or the connection dropped. */
        UNREACHABLE,
        /** Wrong name or password, or a role that may not sign in. */
        SIGN_IN_REFUSED,
        /** The server has no base of that name. */
        NO_SUCH_BASE,
        /** The person's role may not do this (the server's rules, not the window's). */
        NO_RIGHT,
        /** The connection dropped as a step was saved, and the server said it is not in. */
        NOT_SAVED,
        /** The connection dropped as a step was saved, and the server cannot be asked yet. */
        UNKNOWN_IF_SAVED,
        /** The database is another program's: it has tables and no Obzvon schema, and nothing is created in it. */
        NOT_A_BASE,
        /** The base is from a newer Obzvon. */
        NEWER_VERSION,
        /** Anything else the server refused. */
        OTHER
    }

    private final Kind kind;
    private final ServerAddress address;

    private ServerFault(Kind kind, ServerAddress address, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.address = address;
    }

    public Kind kind() {
        return kind;
    }

    public ServerAddress address() {
        return address;
    }

    /** Opening failed: the pool's first connection or the migration. */
    static ServerFault opening(ServerAddress address, Throwable error) {
        if (error instanceof ServerFault fault) {
            return fault;
        }
        if (error instanceof Migrations.NotAnObzvonBase) {
            return new ServerFault(Kind.NOT_A_BASE, address, address.host() + "/" + address.database() + ": "
                    + error.getMessage(), error);
        }
        if (error instanceof IllegalStateException && error.getMessage() != null
                && error.getMessage().contains("newer Obzvon")) {
            return new ServerFault(Kind.NEWER_VERSION, address, address.host() + "/" + address.database() + ": "
                    + error.getMessage(), error);
        }
        var fault = of(address, error);
        return fault != null ? fault : new ServerFault(Kind.OTHER, address, address + ": " + firstLine(error), error);
    }

    /** The error as a fault when it is one a person can act on; the error itself otherwise. */
    static RuntimeException translated(ServerAddress address, RuntimeException error) {
        if (error instanceof ServerFault) {
            return error;
        }
        var fault = of(address, error);
        return fault != null ? fault : error;
    }

    static ServerFault commitUnknown(ServerAddress address, ServerFault lost) {
        return new ServerFault(Kind.UNKNOWN_IF_SAVED, address, "the connection to " + address.host()
                + " dropped while saving, and the server cannot be asked yet whether it was saved", lost);
    }

    static ServerFault notSaved(ServerAddress address, ServerFault lost) {
        return new ServerFault(Kind.NOT_SAVED, address, "the connection to " + address.host()
                + " dropped while saving: it was not saved", lost);
    }

    private static ServerFault of(ServerAddress address, Throwable error) {
        var sql = sqlCause(error);
        if (sql == null) {
            return null;
        }
        var state = sql.getSQLState() == null ? "" : sql.getSQLState();
        var server = address.host() + ":" + address.port();
        // 08004: the server answered and would not let this sign-in in (no password given, say, where
        // one is wanted): the driver's words for it are translated, its state is not.
        if (state.equals("08004")) {
            return new ServerFault(Kind.SIGN_IN_REFUSED, address, "the server " + server + " refused the sign-in of "
                    + address.user() + ": it wants a password, or this sign-in is not allowed", error);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new ServerFault(Kind.UNREACHABLE, address, "the server " + server + " does not answer", error);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new ServerFault(Kind.SIGN_IN_REFUSED, address, "the server " + server + " refused the sign-in of "
                    + address.user() + ": wrong name or password", error);
        }
        if (state.equals("3D000")) {
            return new ServerFault(Kind.NO_SUCH_BASE, address, "the server " + server + " has no base named "
                    + address.database(), error);
        }
        if (state.equals("42501")) {
            return new ServerFault(Kind.NO_RIGHT, address, address.user() + " may not do this on " + server, error);
        }
        return null;
    }

    private static SQLException sqlCause(Throwable error) {
        for (var e = error; e != null; e = e.getCause()) {
            if (e instanceof PSQLException || e instanceof SQLException && ((SQLException) e).getSQLState() != null) {
                return (SQLException) e;
            }
        }
        return null;
    }

    private static String firstLine(Throwable error) {
        var message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
