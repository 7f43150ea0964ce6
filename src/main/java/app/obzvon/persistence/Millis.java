package app.obzvon.persistence;

import java.time.Instant;

/** Instants are stored as epoch milliseconds (BIGINT), the same on SQLite and PostgreSQL. */
final class Millis {

    private Millis() {
    }

    static Long of(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant toInstant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
