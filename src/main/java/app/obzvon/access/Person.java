package app.obzvon.access;

import java.util.Locale;

/**
 * A caller or a supervisor. A deactivated person cannot sign in but keeps their history. On a team's
 * server, {@code login} is the person's own PostgreSQL role, which they sign in as (null: none, and
 * always on a file).
 */
public record Person(long id, String name, Role role, boolean active, boolean hasPin, Locale language, String login) {

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }
}
