package app.obzvon.call;

import app.obzvon.common.Tx;
import app.obzvon.script.ScriptPath;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CallRepository {

    long add(Tx tx, NewCall call);

    Optional<LoggedCall> find(Tx tx, long id);

    /** Moves the call out of the calls into the undone calls, noting who undid it and when. */
    void markUndone(Tx tx, long id, long personId, Instant at);

    /** The script version the call was read from and the steps it took; empty for a call without a script. */
    Optional<ScriptPath> scriptPath(Tx tx, long callId);

    /** The contact's calls, newest first. */
    List<CallHistoryEntry> history(Tx tx, long contactId);

    /** Calls logged by this caller, in any queue, within [from, to). */
    DayCounts counts(Tx tx, long callerId, Instant from, Instant to);
}
