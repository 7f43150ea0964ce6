package app.obzvon.persistence;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The database file cannot be opened or migrated. The message is one line a user can act on: the
 * file and the driver's own words (Flyway wraps them in pages of context a caller does not need).
 */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Path file, Throwable cause) {
        super(file.toAbsolutePath() + ": " + reason(cause), cause);
    }

    private static String reason(Throwable error) {
        Throwable deepest = error;
        for (var e = error; e != null; e = e.getCause()) {
            if (e instanceof SQLException || e instanceof java.io.IOException) {
                deepest = e;
            }
        }
        var message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
