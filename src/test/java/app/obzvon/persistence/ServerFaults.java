package app.obzvon.persistence;

/**
 * Server faults as the server's base would raise them, for tests of what the window makes of them
 * without a server that fails on cue: each from the SQLSTATE the driver would report.
 */
public final class ServerFaults {

    private ServerFaults() {
    }

    /** The fault a failure with this SQLSTATE becomes on this server. */
    public static ServerFault of(ServerAddress address, String sqlState) {
        var error = ServerFault.translated(address, new org.jooq.exception.DataAccessException("failed",
                new java.sql.SQLException("the driver's words", sqlState)));
        if (error instanceof ServerFault fault) {
            return fault;
        }
        throw new IllegalArgumentException(sqlState + " is no fault a person can act on: " + error);
    }
}
