package app.obzvon.planning;

import app.obzvon.team.CallerTarget;

/** An active caller with their own targets as they stand. */
public record TeamMember(long id, String name, CallerTarget target) {
}
