package app.obzvon.team;

import app.obzvon.common.Tx;

import java.util.Map;

/** The callers' own targets, kept with each person. */
public interface TargetRepository {

    CallerTarget of(Tx tx, long personId);

    /** Everyone's, active or not, by person id (a person without targets of their own: {@link CallerTarget#NONE}). */
    Map<Long, CallerTarget> all(Tx tx);

    void set(Tx tx, long personId, CallerTarget target);
}
