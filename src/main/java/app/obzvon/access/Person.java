package app.obzvon.access;

import java.util.Locale;

/** A caller or a supervisor. A deactivated person cannot sign in but keeps their history. */
public record Person(long id, String name, Role role, boolean active, boolean hasPin, Locale language) {

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }
}
